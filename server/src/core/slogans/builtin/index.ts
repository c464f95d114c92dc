/**
 * The built-in pack, one file a field (`<field>.json`, each a valid pack). They
 * are merged here, in this order, into the one pack `lectern-builtin`; the bundler
 * inlines the JSON, so loading costs no file reads. A new field file is one import
 * and one row below (a unit test checks every file in this folder is listed).
 */
import type { Pack } from "../schema";
import general from "./general.json";
import partyBuilding from "./party-building.json";
import economy from "./economy.json";
import finance from "./finance.json";
import scienceTechnology from "./science-technology.json";
import education from "./education.json";
import health from "./health.json";
import cultureTourism from "./culture-tourism.json";
import ecology from "./ecology.json";
import marketRegulation from "./market-regulation.json";
import agricultureRural from "./agriculture-rural.json";
import emergencySafety from "./emergency-safety.json";
import lawSecurity from "./law-security.json";
import ethnicReligious from "./ethnic-religious.json";
import hkMacaoTaiwanForeign from "./hk-macao-taiwan-foreign.json";
import grassrootsCivilSocial from "./grassroots-civil-social.json";
import soe from "./soe.json";
import massOrganisations from "./mass-organisations.json";
import peopleCongress from "./people-congress.json";
import institutionsRetired from "./institutions-retired.json";
import wording from "./wording.json";
import events from "./events.json";

/** Field id (the file name) → its pack. */
export const BUILTIN_FIELDS: ReadonlyArray<{ field: string; pack: Pack }> = [
  { field: "general", pack: general as unknown as Pack },
  { field: "party-building", pack: partyBuilding as unknown as Pack },
  { field: "economy", pack: economy as unknown as Pack },
  { field: "finance", pack: finance as unknown as Pack },
  { field: "science-technology", pack: scienceTechnology as unknown as Pack },
  { field: "education", pack: education as unknown as Pack },
  { field: "health", pack: health as unknown as Pack },
  { field: "culture-tourism", pack: cultureTourism as unknown as Pack },
  { field: "ecology", pack: ecology as unknown as Pack },
  { field: "market-regulation", pack: marketRegulation as unknown as Pack },
  { field: "agriculture-rural", pack: agricultureRural as unknown as Pack },
  { field: "emergency-safety", pack: emergencySafety as unknown as Pack },
  { field: "law-security", pack: lawSecurity as unknown as Pack },
  { field: "ethnic-religious", pack: ethnicReligious as unknown as Pack },
  { field: "hk-macao-taiwan-foreign", pack: hkMacaoTaiwanForeign as unknown as Pack },
  { field: "grassroots-civil-social", pack: grassrootsCivilSocial as unknown as Pack },
  { field: "soe", pack: soe as unknown as Pack },
  { field: "mass-organisations", pack: massOrganisations as unknown as Pack },
  { field: "people-congress", pack: peopleCongress as unknown as Pack },
  { field: "institutions-retired", pack: institutionsRetired as unknown as Pack },
  { field: "wording", pack: wording as unknown as Pack },
  { field: "events", pack: events as unknown as Pack },
];
