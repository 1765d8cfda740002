/**
 * The documents --json prints and the library API returns, as plain types for the
 * package's type declarations (which must not need zod). output-schema.ts describes
 * the same shapes for the JSON Schema, and checks at compile time that the two agree.
 */
export type Platform = 'ios' | 'ipados' | 'macos' | 'windows' | 'web';
export type VersionedPlatform = 'ios' | 'ipados' | 'macos';
export type VersionStatus = 'supported' | 'newer' | 'unsupported' | 'never';

export interface SourceOutput {
  url: string;
  /** "apple" for Apple's own page, "other" for an independent one. */
  kind: 'apple' | 'other';
}

export interface StepOutput {
  /** The step as plain text, menu path and keys included. */
  text: string;
  /** The step text as inline markdown, without menu and keys. */
  markdown: string;
  menu?: string[];
  keys?: string[];
  notes?: string[];
  /** False where the fact is unverified or carried over from an earlier release. */
  verified: boolean;
  /** Why it is not verified, as the other formats show it. */
  marks: string[];
}

export interface SectionOutput {
  id: string;
  title: string;
  steps: StepOutput[];
  /** The pages behind these steps. */
  sources: SourceOutput[];
}

export interface OsOutput {
  name: string;
  /** As asked. */
  version: string;
  /** The release it belongs to (the newest known, for a newer version). */
  release: string;
  releaseName?: string;
  status: VersionStatus;
}

export interface PlatformHeaderOutput {
  platform: Platform;
  heading: string;
  os?: OsOutput;
  /** What to know about this version first. */
  notices: string[];
}

export interface GuideReviewOutput {
  /** When the guide was last checked against its sources (YYYY-MM-DD). */
  reviewed: string;
  reviewedFor: Record<VersionedPlatform, string>;
}

export interface TopicOutput {
  schemaVersion: 2;
  kind: 'topic';
  topic: { id: string; command: string; title: string; summary: string };
  platforms: (PlatformHeaderOutput & { sections: SectionOutput[] })[];
  /** Pages behind the topic as a whole. */
  sources: SourceOutput[];
  guide: GuideReviewOutput;
}

export interface TopicsOutput {
  schemaVersion: 2;
  kind: 'topics';
  topics: {
    id: string;
    /** The words after facetime-help that show it. */
    command: string;
    aliases: string[];
    title: string;
    summary: string;
    platforms: Platform[];
    /** "built-in" or the data directory the topic came from. */
    origin: string;
  }[];
}

export interface ChecklistOutput {
  schemaVersion: 2;
  kind: 'checklist';
  checklist: { id: string; title: string };
  symptoms: {
    id: string;
    title: string;
    platforms: (PlatformHeaderOutput & { steps: { id: string; title: string; sections: SectionOutput[] }[] })[];
  }[];
  support: { title: string; url: string }[];
  guide: GuideReviewOutput;
}

export interface SearchResultOutput {
  kind: 'section' | 'symptom' | 'checklist-step';
  /** For a section: its topic id. */
  topic?: string;
  /** For a section: its id. */
  section?: string;
  /** For a symptom or checklist step: the checklist id. */
  checklist?: string;
  symptom?: string;
  step?: string;
  title: string;
  /** The topic's or checklist's title. */
  parentTitle: string;
  snippet: string;
  platforms: Platform[];
  score: number;
  /** The command line that shows it. */
  command: string;
}

export interface SearchOutput {
  schemaVersion: 2;
  kind: 'search';
  query: string;
  results: SearchResultOutput[];
}

export interface ValidationOutput {
  schemaVersion: 2;
  kind: 'validation';
  ok: boolean;
  directories: { dir: string; topics: number; checklists: number; problems: string[] }[];
}

export type Output = TopicOutput | TopicsOutput | ChecklistOutput | SearchOutput | ValidationOutput;
