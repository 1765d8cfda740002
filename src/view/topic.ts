/** The view of a topic for the asked platforms and versions. */
import { findSection, topicCommand, type Guide } from '../guide/guide.js';
import type { Topic } from '../guide/schema.js';
import { selectSections, type SelectedSection, type Selection } from '../guide/select.js';
import type { PlatformView, TopicView } from './model.js';
import { notices, osView, platformHeading, reviewView, sectionViews, tooOld } from './platform.js';

/**
 * What holds for one selection. Where the feature no longer works (or never did), the
 * answer is how to update; the topic's own steps follow only if they hold there anyway
 * (a screenshot works on any version).
 */
export function selectFor(guide: Guide, topic: Topic, selection: Selection): SelectedSection[] {
  const own = selectSections(topic.platforms, topic.sections, selection);
  if (!tooOld(selection)) return own;
  const update = guide.frame.update.flatMap((ref) => {
    const found = findSection(guide.topics, ref);
    return found ? selectSections(found.topic.platforms, [found.section], selection) : [];
  });
  const shown = new Set(update.map((s) => s.section));
  return topic.requiresFeature === false ? [...update, ...own.filter((s) => !shown.has(s.section))] : update;
}

export function platformView(guide: Guide, topic: Topic, selection: Selection): PlatformView {
  const os = osView(selection);
  return {
    platform: selection.platform,
    heading: platformHeading(selection),
    ...(os && { os }),
    notices: notices(guide.frame, selection),
    sections: sectionViews(guide.frame, selectFor(guide, topic, selection), selection),
  };
}

export function viewTopic(guide: Guide, topic: Topic, selections: readonly Selection[]): TopicView {
  return {
    kind: 'topic',
    id: topic.id,
    command: topicCommand(topic),
    title: topic.title,
    summary: topic.summary,
    platforms: selections.map((selection) => platformView(guide, topic, selection)),
    sources: topic.sources ?? [],
    review: reviewView(guide),
  };
}
