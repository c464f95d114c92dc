/** Reads a settings file as VS Code writes it: JSON with comments and trailing commas. */
import { readRegularFile } from "../service/regular-file";
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import { describeSystemError, FileError } from "./files";

const MAX_BYTES = 1_000_000;

export function readSettingsFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readRegularFile(file, MAX_BYTES).toString("utf8");
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(file, describeSystemError(e));
  }
  const errors: ParseError[] = [];
  const value = parse(text.replace(/^\uFEFF/, ""), errors, { allowTrailingComma: true });
  if (errors.length) throw new FileError(file, `not valid JSON: ${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}`);
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new FileError(file, "settings must be a JSON object");
  return value as Record<string, unknown>;
}
