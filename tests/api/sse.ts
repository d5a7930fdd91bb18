import { PublicComplaint } from '../../shared/schemas/index.ts';

/** Reads `complaint` events off a Server-Sent Events response, one at a time. */
export function sseReader(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let raw = '';
  return {
    /** Everything received so far, as text. */
    raw: () => raw,
    async next(timeoutMs = 2000): Promise<PublicComplaint> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n');
          if (block.includes('event: complaint')) return PublicComplaint.parse(JSON.parse(data));
          continue;
        }
        const wait = deadline - Date.now();
        if (wait <= 0) throw new Error(`no event within ${timeoutMs} ms; got: ${raw}`);
        const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), wait))]);
        if (chunk === null) continue;
        if (chunk.done) throw new Error('stream ended');
        const text = decoder.decode(chunk.value, { stream: true });
        buffer += text;
        raw += text;
      }
    },
    close: () => reader.cancel()
  };
}
