const STREAM = /^(staff|post)-([0-9a-f-]{36})$/;

/** The timeline page of a person's or a post's stream, if the stream is one. */
export const timelineLink = (streamId: string): string | null => {
  const match = STREAM.exec(streamId);
  return match ? `/audit/timeline/${match[1]}/${match[2]}` : null;
};
