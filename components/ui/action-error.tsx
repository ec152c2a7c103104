/**
 * Why an action failed, where it was pressed, as a sentence for the learner.
 * role="alert" so a screen reader says it at once; nothing while there is none.
 * `className` sets size and spacing (text-sm unless said otherwise).
 */
export function ActionError({ message, className = "text-sm" }: { message: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={`${className} text-red-700 dark:text-red-400`}>
      {message}
    </p>
  );
}
