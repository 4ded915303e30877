import type { Pacer, TcbUserClient } from '@org/tcb-user-client';
import type { UnmappedFieldPolicy } from '../legacy-options.js';
import type { RequestIdRecorder } from './request-id-recorder.js';
import type { WarningSink } from './warning-sink.js';

/** What every old call needs: the client, and the app's legacy settings. */
export interface LegacyContext {
  /** The new client the old calls are mapped onto. */
  client: TcbUserClient;
  /** Paces the page requests of `getEndUserList`. */
  pacer: Pacer;
  /** The app's policy for `updateEndUser` fields with no new home. */
  unmappedFields: UnmappedFieldPolicy;
  /** Where warnings go. */
  sink: WarningSink;
  /** Learns `DeleteUsers` request ids; absent when the client was built elsewhere. */
  recorder: RequestIdRecorder | undefined;
}
