/** The view model every renderer takes: one topic, selected for platforms and versions. */
import type { Platform } from '../guide/platforms.js';

export interface StepView {
  /** Inline markdown. */
  text: string;
  menu?: string[];
  keys?: string[];
  notes?: string[];
  verified: boolean;
}

export interface SectionView {
  id: string;
  title: string;
  steps: StepView[];
}

export interface PlatformView {
  platform: Platform;
  /** "iPhone (iOS 26)", "Windows". */
  heading: string;
  os?: { name: string; version: string; release: string; releaseName?: string };
  sections: SectionView[];
}

export interface TopicView {
  id: string;
  command: string;
  title: string;
  summary: string;
  platforms: PlatformView[];
  sources: string[];
}
