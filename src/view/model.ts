/**
 * The view model: what every command answers, selected for platforms and versions and
 * ready to render in any format. Renderers (src/render/) take these and nothing else.
 */
import type { Platform, VersionedPlatform } from '../guide/platforms.js';
import type { Source } from '../guide/schema.js';
import type { VersionStatus } from '../guide/versions.js';

export type { Source };

export interface StepView {
  /** Inline markdown, as written in the data. */
  text: string;
  menu?: string[];
  keys?: string[];
  /** Inline markdown. */
  notes?: string[];
  /** False where the fact is unverified or carried over from an earlier release. */
  verified: boolean;
  /** Why not: "unverified", "carried over from iOS 26; not yet confirmed on iOS 27". */
  marks: string[];
}

export interface SectionView {
  id: string;
  title: string;
  steps: StepView[];
  /** The pages behind these steps, shown under them. */
  sources: Source[];
}

export interface OsView {
  /** "iOS", "iPadOS", "macOS" ("iOS" on an iPad before 13). */
  name: string;
  /** As asked: "18.2". */
  version: string;
  /** The release it belongs to: "18". */
  release: string;
  releaseName?: string;
  status: VersionStatus;
}

export interface PlatformView {
  platform: Platform;
  /** "iPhone (iOS 27)", "Windows". */
  heading: string;
  os?: OsView;
  /** Plain sentences about the version: newer than the guide, too old for the feature. */
  notices: string[];
  sections: SectionView[];
}

/** When the guide was reviewed, and for which releases. */
export interface ReviewView {
  date: string;
  newest: Record<VersionedPlatform, string>;
  /** The sentence at the foot of an answer. */
  text: string;
}

export interface TopicView {
  kind: 'topic';
  id: string;
  command: string;
  title: string;
  summary: string;
  platforms: PlatformView[];
  /** Pages behind the topic as a whole. */
  sources: Source[];
  review: ReviewView;
}

export interface ChecklistStepView {
  id: string;
  title: string;
  sections: SectionView[];
}

export interface SymptomPlatformView extends Omit<PlatformView, 'sections'> {
  steps: ChecklistStepView[];
}

export interface SymptomView {
  id: string;
  title: string;
  platforms: SymptomPlatformView[];
}

export interface SupportLink {
  title: string;
  url: string;
}

export interface ChecklistView {
  kind: 'checklist';
  id: string;
  title: string;
  symptoms: SymptomView[];
  exhausted: string;
  support: SupportLink[];
  review: ReviewView;
}

/** One step of the interactive checklist, "Step 2 of 6". */
export interface ChecklistPageView {
  kind: 'checklist-page';
  /** The device the session is for. */
  platform: Platform;
  n: number;
  of: number;
  step: ChecklistStepView;
}

/** How the interactive checklist ended: the congratulation, or the support links. */
export interface ChecklistEndView {
  kind: 'checklist-end';
  platform: Platform;
  fixed: boolean;
  /** Inline markdown from the data. */
  text: string;
  support: SupportLink[];
}

export type Answer = 'fixed' | 'no' | 'skip';

/** The summary of an interactive session, for a support ticket (always markdown). */
export interface SessionView {
  kind: 'session';
  checklistTitle: string;
  symptom: string;
  heading: string;
  tried: { title: string; answer: Answer }[];
  fixed: boolean;
  support: SupportLink[];
}

export interface TopicRow {
  id: string;
  command: string;
  aliases: string[];
  title: string;
  summary: string;
  platforms: Platform[];
  /** "built-in" or the data directory the topic came from. */
  origin: string;
}

export interface TopicsView {
  kind: 'topics';
  topics: TopicRow[];
}

export interface SearchResultView {
  kind: 'section' | 'symptom' | 'checklist-step';
  topic?: string;
  section?: string;
  checklist?: string;
  symptom?: string;
  step?: string;
  title: string;
  parentTitle: string;
  /** The plain line that best shows why it matched. */
  snippet: string;
  platforms: Platform[];
  score: number;
  /** The command line that shows it. */
  command: string;
}

export interface SearchView {
  kind: 'search';
  query: string;
  results: SearchResultView[];
}

export interface DirectoryCheck {
  dir: string;
  topics: number;
  checklists: number;
  problems: string[];
}

export interface ValidationView {
  kind: 'validation';
  ok: boolean;
  directories: DirectoryCheck[];
}

/** Text printed as it is, in every format: help, the version, the overview, a completion script. */
export interface TextView {
  kind: 'text';
  text: string;
}

export type Document =
  | TopicView
  | ChecklistView
  | ChecklistPageView
  | ChecklistEndView
  | SessionView
  | TopicsView
  | SearchView
  | ValidationView
  | TextView;
