/** The VS Code extension: starts the Lectern language server and wires the editor to it. */
import * as vscode from "vscode";
import { lastRenumberMessage, lastWordNotice, registerCommands, undoDisableRule } from "./commands";
import { LecternClient } from "./lectern-client";
import { StatusItem } from "./status";
import type { ReviewTree } from "./review-view";
import { SpeechOffer } from "./offer";
import { registerViews, type FiguresTree, type SourcesTree, type TimingTree } from "./views";
import { registerRulePages } from "./rule-pages";

/** What activate() returns: used by the end-to-end tests to see what the user sees. */
export interface LecternApi {
  lectern: LecternClient;
  status: StatusItem;
  /** The Lectern Review tree (Lectern: Compare with…). */
  review: ReviewTree;
  offer: SpeechOffer;
  views: { timing: TimingTree; figures: FiguresTree; sources: SourcesTree };
  /** What the “Lectern” output channel has been given, line by line. */
  outputLines: string[];
  /** The last message Renumber Section showed. */
  lastRenumberMessage: () => string | undefined;
  /** What the Undo button of 关闭此类检查's message does. */
  undoDisableRule: () => Promise<boolean>;
  /** The last notice after Export to Word or Write Reviewed Word Copy (shown with Open and Reveal). */
  lastWordNotice: () => string | undefined;
}

let lectern: LecternClient | undefined;

export function activate(context: vscode.ExtensionContext): LecternApi {
  const { output, lines: outputLines } = recordingOutput(vscode.window.createOutputChannel("Lectern"));
  lectern = new LecternClient(context, output);
  const status = new StatusItem(lectern);
  lectern.onStateChange(() => status.schedule(0));
  const comparer = registerCommands(context, lectern);
  const offer = new SpeechOffer(context, lectern);
  const client = lectern;
  context.subscriptions.push(
    vscode.commands.registerCommand("lectern.checkThisFile", async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await offer.accept(doc, "file");
    }),
  );
  const views = registerViews(context, client);
  registerRulePages(context);
  context.subscriptions.push(output, lectern, status, offer);
  lectern.startIfNeeded();
  return { lectern, status, review: comparer.tree, offer, views, outputLines, lastRenumberMessage: () => lastRenumberMessage, undoDisableRule, lastWordNotice: () => lastWordNotice };
}

/** The output channel, with every line it is given kept (the last 500) so the end-to-end tests can read it. */
function recordingOutput(channel: vscode.OutputChannel): { output: vscode.OutputChannel; lines: string[] } {
  const lines: string[] = [];
  const keep = (text: string) => {
    lines.push(...text.split(/\r?\n/).filter(Boolean));
    if (lines.length > 500) lines.splice(0, lines.length - 500);
  };
  const output = new Proxy(channel, {
    get(target, prop, receiver) {
      if (prop === "append") return (text: string) => (keep(text), target.append(text));
      if (prop === "appendLine") return (text: string) => (keep(text), target.appendLine(text));
      const v = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return { output, lines };
}

export async function deactivate(): Promise<void> {
  await lectern?.stop();
}
