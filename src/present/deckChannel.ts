import { useEffect, useRef } from 'react';

/**
 * The deck and its notes window keep the same slide through a BroadcastChannel (same origin only, by the
 * browser's rules). The deck says which slide it shows when it opens and whenever the slide changes; a notes
 * window that opens later asks, and either side may move the other.
 */
export type DeckMessage = { type: 'slide'; index: number } | { type: 'ask' };

/** One channel per chapter and language, so two decks open side by side do not drive each other. */
export function deckChannelName(lang: string, slug: string): string {
  return `presenter-deck:${lang}:${slug}`;
}

/** Anything else on the channel (another version of the book, a stray script) is ignored. */
export function isDeckMessage(data: unknown): data is DeckMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as { type?: unknown; index?: unknown };
  if (message.type === 'ask') return true;
  return message.type === 'slide' && Number.isInteger(message.index) && (message.index as number) >= 0;
}

/**
 * Opens the chapter's channel while the component is mounted; returns a function that posts a message (it does
 * nothing where BroadcastChannel is missing). `onMessage` may change between renders.
 */
export function useDeckChannel(
  lang: string,
  slug: string,
  onMessage: (message: DeckMessage) => void,
): (message: DeckMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  handler.current = onMessage;
  const post = useRef((message: DeckMessage) => channel.current?.postMessage(message));

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(deckChannelName(lang, slug));
    opened.onmessage = (event: MessageEvent) => {
      if (isDeckMessage(event.data)) handler.current(event.data);
    };
    channel.current = opened;
    return () => {
      channel.current = null;
      opened.close();
    };
  }, [lang, slug]);

  return post.current;
}
