/** The accepted punctuation shapes of each GB/T 9704 heading style, as the settings give them. */
import type { HeadingStyle } from "../document/model";
import type { Settings } from "../settings";

const SHAPE_SETTING = {
  "cn-dun": "lectern.numbering.cnDun",
  "cn-paren": "lectern.numbering.cnParen",
  "arabic-dot": "lectern.numbering.arabicDot",
  "arabic-paren": "lectern.numbering.arabicParen",
  circled: "lectern.numbering.circled",
} as const;

export type ShapedStyle = keyof typeof SHAPE_SETTING;
export const isShaped = (style: HeadingStyle): style is ShapedStyle => style in SHAPE_SETTING;

export function acceptedShapes(style: ShapedStyle, settings: Settings): string[] {
  return settings[SHAPE_SETTING[style]];
}
