/** Findings: what every check reports, in core terms (offsets, not LSP objects). */
import type { Span } from "./document/text";

export type Severity = "error" | "warning" | "information" | "hint";
export type RuleLevel = Severity | "off";

export interface TextEditSpan {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEditSpan[];
  /** Safe fixes are applied by `lectern check --fix`; the rest only on request in the editor. */
  safe: boolean;
  /** The one fix an editor may offer as preferred. */
  preferred?: boolean;
}

export interface Related {
  span: Span;
  message: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  span: Span;
  message: string;
  related?: Related[];
  fixes?: Fix[];
}

/** Every diagnostic code Lectern has, with its default severity and a one-line description. */
export interface RuleInfo {
  code: string;
  severity: Severity;
  description: string;
}

const rules = new Map<string, RuleInfo>();

export function defineRule(code: string, severity: Severity, description: string): RuleInfo {
  const info = { code, severity, description };
  rules.set(code, info);
  return info;
}

export function allRules(): RuleInfo[] {
  return [...rules.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function ruleInfo(code: string): RuleInfo | undefined {
  return rules.get(code);
}

/** Applies `lectern.rules` overrides: drops findings set to off, re-levels the rest. */
export function applyRuleLevels(findings: Finding[], levels: Record<string, RuleLevel>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = levels[f.code];
    if (level === "off") continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}
