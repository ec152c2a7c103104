"use client";

import { useImperativeHandle, useMemo, useRef, type Ref } from "react";

export interface LineNumberedTextareaHandle {
  /** Puts the caret at the start of a line (1-based) and scrolls it into view. */
  goToLine(line: number): void;
}

const LINE_HEIGHT_REM = 1.5;

/**
 * A plain textarea with a gutter of line numbers that scrolls with it; lines
 * with problems are marked in the gutter. No wrapping, so line N of the gutter
 * is always line N of the text.
 */
export function LineNumberedTextarea({
  id,
  value,
  onChange,
  problemLines,
  ref,
  describedBy,
  onCaret,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  problemLines: ReadonlySet<number>;
  ref?: Ref<LineNumberedTextareaHandle>;
  describedBy?: string;
  /** The caret moved (typing, clicks, arrows): its offset in the text. */
  onCaret?: (offset: number) => void;
}) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lineCount = useMemo(() => value.split("\n").length, [value]);
  // One text node for the numbers, however long the file: a keystroke re-renders one string.
  const numbers = useMemo(
    () => Array.from({ length: lineCount }, (_, index) => String(index + 1)).join("\n"),
    [lineCount],
  );

  useImperativeHandle(ref, () => ({
    goToLine(line) {
      const element = textarea.current;
      if (!element) return;
      let offset = 0;
      for (let current = 1; current < line; current += 1) {
        const next = element.value.indexOf("\n", offset);
        if (next === -1) break;
        offset = next + 1;
      }
      element.focus();
      element.setSelectionRange(offset, offset);
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 24;
      element.scrollTop = Math.max(0, (line - 3) * lineHeight);
    },
  }));

  // Markdown and line numbers read left to right, on an Arabic page too: the gutter stays on their left.
  return (
    <div
      dir="ltr"
      className="flex h-[28rem] overflow-hidden rounded-md border border-slate-300 bg-white font-mono text-sm focus-within:ring-2 focus-within:ring-indigo-500 dark:border-slate-600 dark:bg-slate-950"
    >
      <div
        ref={gutter}
        aria-hidden="true"
        className="shrink-0 overflow-hidden border-e border-slate-200 bg-slate-50 py-2 text-end text-slate-600 select-none dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400"
        data-testid="line-gutter"
      >
        <div className="relative">
          {[...problemLines].map((line) => (
            <div
              key={line}
              className="absolute inset-x-0 bg-red-100 dark:bg-red-950"
              style={{ top: `${(line - 1) * LINE_HEIGHT_REM}rem`, height: `${LINE_HEIGHT_REM}rem` }}
              data-problem-line={line}
            />
          ))}
          <pre className="relative px-2" style={{ lineHeight: `${LINE_HEIGHT_REM}rem` }}>
            {numbers}
          </pre>
        </div>
      </div>
      <textarea
        ref={textarea}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onSelect={(event) => onCaret?.(event.currentTarget.selectionStart)}
        onScroll={(event) => {
          if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
        }}
        aria-describedby={describedBy}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        className="min-w-0 flex-1 resize-none bg-transparent px-3 py-2 outline-none"
        style={{ lineHeight: `${LINE_HEIGHT_REM}rem` }}
      />
    </div>
  );
}
