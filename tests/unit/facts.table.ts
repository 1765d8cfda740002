/**
 * What the guide must and must not say, per platform and at each version boundary
 * FACTS.md draws (iOS 12/12.1.4/13/14/17/18/26/27, macOS 10.14.3/12/13/27, newer and
 * older ones), marks included. Each row is a command line and what its plain output
 * must and must not hold. Shared by the fact test and the test that mutates the data.
 */
import type { RunContext } from '../../src/main.js';
import { cli, CONTEXT } from '../helpers.js';

export interface Fact {
  args: string;
  must?: string[];
  mustNot?: string[];
  /** Each string in this order, anything between. */
  order?: string[];
}

const CARRIED_IOS = '(carried over from iOS 26; not yet confirmed on iOS 27)';
const CARRIED_MAC = '(carried over from macOS 26; not yet confirmed on macOS 27)';
const UNVERIFIED = '(unverified)';
const TOO_OLD = 'FaceTime Live Photos no longer work on this version.';
const NEVER = 'This version is older than FaceTime Live Photos';

export const FACTS: Fact[] = [
  // where, iPhone
  { args: 'where --ios --os-version 10', must: [NEVER, 'came with iOS 11', 'iOS 12.1.4 or later', 'Update the device: Settings > General > Software Update'], mustNot: ['Media Types'] },
  { args: 'where --ios --os-version 11', must: [TOO_OLD, 'They need iOS 12.1.4 or later', 'Update the device: Settings > General > Software Update'], mustNot: ['Media Types', 'Library'] },
  { args: 'where --ios --os-version 12.1', must: [TOO_OLD, 'iPhone (iOS 12.1)'], mustNot: ['Photos tab'] },
  { args: 'where --ios --os-version 12', must: ['On this release, FaceTime Live Photos work only from iOS 12.1.4 on', 'tap the Photos tab', 'open: Albums > Media Types > Live Photos'] },
  { args: 'where --ios --os-version 12.1.4', must: ['tap the Photos tab', 'open: Albums > Media Types > Live Photos'], mustNot: [TOO_OLD, 'On this release', 'Library > All Photos', 'Shared Library'] },
  { args: 'where --ios --os-version 13', must: [`Library > All Photos ${UNVERIFIED}`, 'renamed Library has not been confirmed'], mustNot: ['Photos tab', 'Collections'] },
  { args: 'where --ios --os-version 14', must: ['scroll to the date and time of the call: Library > All Photos\n', 'Albums > Media Types > Live Photos\n'], mustNot: [`Library > All Photos ${UNVERIFIED}`] },
  { args: 'where --ios --os-version 16', mustNot: ['Shared Library'] },
  { args: 'where --ios --os-version 16.1', must: [`Switch the view to Both in the library menu at the top of the Library view. ${UNVERIFIED}`] },
  { args: 'where --ios --os-version 17', must: ['Library > All Photos', 'Albums > Media Types > Live Photos', 'Shared Library'], mustNot: ['Collections', 'no tab bar'] },
  { args: 'where --ios --os-version 18', must: ['no tab bar', 'scroll down past the grid to the collections and open: Media Types > Live Photos\n'], mustNot: ['Collections >', 'Albums >', 'This layout is confirmed for iPhone'] },
  { args: 'where --ios --os-version 26', must: ['Library tab', 'Collections > Media Types > Live Photos\n', 'Source (independent): https://www.ellenstipsforios.com/ios-26-photos-made-easy/'], mustNot: ['carried over', 'no tab bar'] },
  { args: 'where --ios --os-version 27', must: [`Collections > Media Types > Live Photos ${CARRIED_IOS}`, 'iPhone (iOS 27)'], mustNot: ['reviewed up to'] },
  { args: 'where --ios', must: ['iPhone (iOS 27)', `Collections > Media Types > Live Photos ${CARRIED_IOS}`, 'Settings > [your name] > iCloud > Photos (unverified; carried over'], mustNot: ['Only the System Photo Library'] },
  { args: 'where --ios --os-version 28', must: ['iPhone (iOS 28)', 'This guide was reviewed up to iOS 27. This version is newer', `Collections > Media Types > Live Photos ${CARRIED_IOS}`] },
  { args: 'where --ios --os-version 99', must: ['iPhone (iOS 99)', 'reviewed up to iOS 27'] },
  // where, iPad
  { args: 'where --ipados --os-version 12.1.4', must: ['iPad (iOS 12.1.4)', 'tap the Photos tab'], mustNot: ['iPadOS 12'] },
  { args: 'where --ipados --os-version 11', must: ['iPad (iOS 11)', 'They need iOS 12.1.4 or later'], mustNot: ['iPadOS 11', 'iPadOS 12'] },
  { args: 'where --ipados --os-version 18', must: [`Scroll through it to the date and time of the call. ${UNVERIFIED}`, `Media Types > Live Photos ${UNVERIFIED}`, 'This layout is confirmed for iPhone'] },
  { args: 'where --ipados --os-version 26', must: [`open Collections (or the sidebar), then: Media Types > Live Photos ${UNVERIFIED}`], mustNot: ['The other tabs are'] },
  { args: 'where --ipados --os-version 27', must: ['iPad (iPadOS 27)', '(unverified; carried over from iPadOS 26; not yet confirmed on iPadOS 27)'] },
  // where, Mac, Windows, web
  { args: 'where --mac', must: ['Mac (macOS 27 Golden Gate)', `click Library in the sidebar, then scroll to the date and time of the call. ${CARRIED_MAC}`, 'Only the System Photo Library syncs with iCloud Photos.', 'look in the System Photo Library first. (unverified; carried over', 'Source (Apple): https://support.apple.com/guide/photos/pht211de786/mac'] },
  { args: 'where --mac --os-version golden-gate', must: ['Mac (macOS 27 Golden Gate)', CARRIED_MAC] },
  { args: 'where --mac --os-version 12', must: ['Mac (macOS 12 Monterey)', 'in the sidebar open: Media Types > Live Photos\n'], mustNot: ['Shared Library', 'carried over'] },
  { args: 'where --mac --os-version 13', must: ['Shared Library'] },
  { args: 'where --windows', must: ['iCloud for Windows', 'Microsoft Store', 'C:\\Users\\<name>\\Pictures\\iCloud Photos\\Photos', 'On Windows 11 they also show in the Photos app under iCloud Photos; on Windows 10 or later, in the navigation pane of File Explorer.', 'a still picture and a short video', 'Source (Apple): https://support.apple.com/108994'], mustNot: ['carried over', UNVERIFIED] },
  { args: 'where --web', must: ['iCloud.com (https://www.icloud.com/)', 'open Photos'] },
  // capture
  { args: 'capture --ios --os-version 18', must: ['Tap Take Picture, the shutter button.\n', 'Tap Full Screen.', 'Both of you get a notification', 'motion and sound from just before and after'], mustNot: [`shutter button. ${UNVERIFIED}`] },
  { args: 'capture --ios --os-version 26', must: [`Tap Take Picture, the shutter button. ${UNVERIFIED}`, 'Where the button sits in the call screen'] },
  { args: 'capture --ios', must: ['you can make a video of it later as with any Live Photo. (unverified; carried over', 'so you probably cannot photograph them. (unverified; carried over'] },
  { args: 'capture --mac --os-version 15', must: ["Double-click the person's tile to enlarge it.\n", 'Source (Apple): https://support.apple.com/102215'], order: ['In a call with one person', `Click the shutter button. ${UNVERIFIED}`, 'In a Group FaceTime call', `Click the shutter button. ${UNVERIFIED}`] },
  { args: 'capture --ios --os-version 11', must: [TOO_OLD], mustNot: ['Take Picture'] },
  // screenshot
  { args: 'screenshot --ios', must: ['On an iPhone with Face ID, press together: Side button + Volume Up', 'On an iPhone with a Home button, press together: Side (or Top) button + Home button', 'not notified'] },
  { args: 'screenshot --ipados', must: ['press together: Top button + Home button', 'iPad Air 4th generation and later, iPad mini 6th generation and later, and iPad 10th generation), press together: Top button + either volume button'], mustNot: ['Side button', 'side button'] },
  { args: 'screenshot --mac', must: ['Shift + Command + 3', 'Shift + Command + 4', 'press Space afterwards', 'Shift + Command + 5', 'saved on the Desktop'] },
  { args: 'screenshot --ios --os-version 11', must: [TOO_OLD, 'Side button + Volume Up'] },
  // enable, iPhone and iPad
  { args: 'enable --ios --os-version 12.1.4', must: ['Open the FaceTime settings: Settings > FaceTime\n', 'Turn on FaceTime Live Photos.'], mustNot: ['Lockdown Mode', 'Settings > Apps'] },
  { args: 'enable --ios --os-version 15', must: ['Settings > Screen Time > Content & Privacy Restrictions > Allowed Apps\n'], mustNot: ['Lockdown Mode'] },
  { args: 'enable --ios --os-version 16', must: ['Settings > Privacy & Security > Lockdown Mode\n', 'blocks FaceTime calls from people you have not called before'] },
  { args: 'enable --ios --os-version 17', must: ['Settings > FaceTime\n'], mustNot: ['Settings > Apps'] },
  { args: 'enable --ios --os-version 18', must: [`Settings > Apps > FaceTime ${UNVERIFIED}`, 'confirmed for iOS 26'], mustNot: ['Settings > FaceTime\n'] },
  { args: 'enable --ios --os-version 26', must: ['Settings > Apps > FaceTime\n'], mustNot: [`Settings > Apps > FaceTime ${UNVERIFIED}`] },
  { args: 'enable --ios', must: [`Settings > Apps > FaceTime ${CARRIED_IOS}`] },
  { args: 'enable --ipados --os-version 27', must: ['(carried over from iPadOS 26; not yet confirmed on iPadOS 27)'] },
  // enable, Mac
  { args: 'enable --mac --os-version 10.14.3', must: ['On macOS Mojave 10.14.3, FaceTime Live Photos work only once the Supplemental Update', 'FaceTime > Preferences… > Settings', 'Tick Allow Live Photos to be captured during video calls.\n', 'an administrator can hide FaceTime or turn off the camera', 'Update the Mac: System Preferences > Software Update'], mustNot: ['Lockdown Mode', 'Screen Time', 'App Store'] },
  { args: 'enable --mac --os-version mojave', must: ['On this release, FaceTime Live Photos work only from macOS Mojave 10.14.3 with its Supplemental Update on'] },
  { args: 'enable --mac --os-version 12', must: ['FaceTime > Preferences… > Settings', `System Preferences > Screen Time > Content & Privacy > Apps ${UNVERIFIED}`], mustNot: ['System Settings', 'Lockdown'] },
  { args: 'enable --mac --os-version 13', must: ['In FaceTime, choose: FaceTime > Settings…\n', `in the General pane. ${UNVERIFIED}`, `System Settings > Privacy & Security > Lockdown Mode ${UNVERIFIED}`, 'Update the Mac: System Settings > General > Software Update'], mustNot: ['Preferences'] },
  { args: 'enable --mac', must: [`FaceTime > Settings… ${CARRIED_MAC}`] },
  { args: 'enable --mac --os-version high-sierra', must: ['Mac (macOS 10.13 High Sierra)', TOO_OLD, 'macOS Mojave 10.14.3 with its Supplemental Update or later', 'Update the Mac from the App Store, in Updates'], mustNot: ['System Preferences > Software Update', 'Tick'] },
  { args: 'enable --mac --os-version 10.14.2', must: [TOO_OLD, 'Update the Mac: System Preferences > Software Update'], mustNot: ['App Store'] },
  { args: 'enable --mac --os-version 10.12', must: [NEVER, 'came with macOS High Sierra 10.13', 'App Store'] },
  { args: 'enable', must: ['CVE-2019-7288', 'Source (Apple): https://support.apple.com/HT209520', 'Source (Apple): https://support.apple.com/105120', 'Source (Apple): https://developer.apple.com/documentation/devicemanagement/restrictions'] },
  // smart-album
  { args: 'smart-album --mac --os-version 11', must: ['choose: File > New Smart Album; Option + Command + N\n', 'Or click the + beside My Albums in the sidebar.\n', `type FaceTime by hand if it is not there. ${UNVERIFIED}`] },
  { args: 'smart-album --mac --os-version 12', must: [`File > New Smart Album; Option + Command + N ${UNVERIFIED}`, `Or click the + beside My Albums in the sidebar. ${UNVERIFIED}`] },
  { args: 'smart-album --ios', must: ['Smart Albums cannot be made on an iPhone or iPad.', 'has not been confirmed either way. (unverified;'], mustNot: ['appears on them', 'One made on a Mac appears'] },
  // recover
  { args: 'recover --ios --os-version 12', must: ['In Photos, open: Albums > Other Albums > Recently Deleted'], mustNot: ['locked', 'Utilities'] },
  { args: 'recover --ios --os-version 13', must: [`Recently Deleted under Utilities or under Other Albums. ${UNVERIFIED}`] },
  { args: 'recover --ios --os-version 14', must: ['In Photos, open: Albums > Utilities > Recently Deleted'] },
  { args: 'recover --ios --os-version 15', mustNot: ['locked'] },
  { args: 'recover --ios --os-version 16', must: ['The album is locked; Face ID, Touch ID or your passcode opens it. You can turn the lock off in: Settings > Photos'] },
  { args: 'recover --ios --os-version 17', must: ['Albums > Utilities > Recently Deleted'], mustNot: ['Recovered'] },
  { args: 'recover --ios --os-version 18', must: ['scroll down below the library grid and open: Utilities > Recently Deleted', 'The Recovered album, also in Utilities, holds items the library had lost, not deleted ones.'], mustNot: ['Albums >'] },
  { args: 'recover --ios --os-version 26', must: ['In Photos, open: Collections > Utilities > Recently Deleted'], mustNot: ['Recovered'] },
  { args: 'recover --ipados --os-version 26', must: [`open Collections (or the sidebar), then: Utilities > Recently Deleted ${UNVERIFIED}`] },
  { args: 'recover --ios', must: ['about 30 days', 'each item there shows how many days it has left'], mustNot: ['40 days'] },
  { args: 'recover --ios', order: ['If iCloud Photos was on, no device backup holds the photo', 'Restoring a backup replaces everything on the device now'] },
  { args: 'recover --ios --os-version 11', must: [TOO_OLD, 'about 30 days'], mustNot: ['Recently Deleted under', 'Other Albums'] },
  { args: 'recover --mac --os-version 12', must: ['click Recently Deleted in the sidebar', 'Time Machine backup of your Photos library'], mustNot: ['locked', 'Recovered'] },
  { args: 'recover --mac --os-version 13', must: ['The album is locked; Touch ID or your password opens it.'] },
  { args: 'recover --mac --os-version 15', must: ['The Recovered album holds items the library had lost, not deleted ones.'] },
  { args: 'recover --mac --os-version 26', mustNot: ['Recovered album'] },
  { args: 'recover --web', must: ['Go to iCloud.com (https://www.icloud.com/), sign in and open Photos.', 'Open Recently Deleted, select the photo and click Recover.'], mustNot: ['On Windows'] },
  { args: 'recover --windows', must: ['On Windows, use a web browser.', 'Open Recently Deleted'] },
  // troubleshoot
  { args: 'troubleshoot --symptom no-shutter --mac', must: ['In FaceTime, choose: FaceTime > Turn FaceTime Off', 'untick and tick Enable this account. (unverified;', 'Turn the device off, wait about 30 seconds, then turn it on again.', 'Apple Support: https://support.apple.com/', 'Contact Apple Support: https://getsupport.apple.com/'] },
  { args: 'troubleshoot --symptom no-shutter --ios --os-version 17', must: ['Open: Settings > FaceTime\n', 'Turn the FaceTime switch at the top off, then on again.'] },
  { args: 'troubleshoot --symptom not-saved --ios', must: ['Open the Photos app once, close it, and try another FaceTime Live Photo. It does no harm. (unverified', 'Apple has not said so'] },
  { args: 'troubleshoot --symptom deleted --ios', must: ['Step 1 of 2: Recover it from Recently Deleted', 'Step 2 of 2: If it is no longer in Recently Deleted', 'no device backup holds the photo'] },
];

/** What a fact's output breaks of it, one line a problem; none when it holds. */
export async function factProblems(fact: Fact, context: RunContext = CONTEXT): Promise<string[]> {
  const r = await cli([...fact.args.split(' '), '--plain'], {}, context);
  const problems: string[] = [];
  if (r.code !== 0) problems.push(`${fact.args}: status ${r.code}: ${r.err.trim()}`);
  for (const text of fact.must ?? []) if (!r.out.includes(text)) problems.push(`${fact.args}: does not say ${JSON.stringify(text)}`);
  for (const text of fact.mustNot ?? []) if (r.out.includes(text)) problems.push(`${fact.args}: says ${JSON.stringify(text)}`);
  let from = 0;
  for (const text of fact.order ?? []) {
    const at = r.out.indexOf(text, from);
    if (at < 0) problems.push(`${fact.args}: does not say ${JSON.stringify(text)} after what comes before it`);
    else from = at + text.length;
  }
  return problems;
}
