/** What the sample-code steps of the main job need: credentials, environment, and output. */
export interface SampleTarget {
  secretId: string;
  secretKey: string;
  envId: string;
  /** Endpoint of the emulator (also set as `TCB_BASE_URL` while the samples run). */
  endpoint: string;
  /** Prints one indented line of sample output. */
  print(line: string): void;
}
