import type { ComponentProps, MouseEvent, ReactNode } from "react";

// No "use client": server pages call buttonClass for their links, and a client
// component that renders Button makes it part of its own bundle.

const VARIANT = {
  /** The one main action of a form, dialog or page. */
  primary: "bg-indigo-700 font-medium text-white hover:bg-indigo-600",
  /** A main action that destroys something. */
  danger: "bg-red-700 font-medium text-white hover:bg-red-600",
  /** Everything else that looks like a button. */
  secondary: "border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800",
  /** A secondary action that destroys something (Delete beside a roadmap, Revoke beside a token). */
  "danger-secondary":
    "border border-red-300 text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950",
  /** Cancel, and other ways out that should not draw the eye. */
  quiet: "hover:bg-slate-100 dark:hover:bg-slate-800",
} as const;

const SIZE = {
  /** The roadmap editor's Save and Cancel. */
  large: "px-4 py-2 text-sm",
  /** Forms, dialogs and calls to action. */
  medium: "px-3 py-1.5 text-sm",
  /** Copy buttons and the calendar link's buttons, beside what they act on; medium weight, as the main actions. */
  compact: "px-2.5 py-1 text-sm font-medium",
  /** The actions bar under a roadmap's title (Edit, Fork, Export, Delete) and a token's Revoke. */
  bar: "px-2 py-1 text-sm",
  /** Helpers in a toolbar or under the editor. */
  toolbar: "px-2 py-1 text-xs",
  /** Choices inside a list row. */
  inline: "px-2 py-0.5 text-xs",
} as const;

export type ButtonVariant = keyof typeof VARIANT;
export type ButtonSize = keyof typeof SIZE;

/**
 * The classes of a button's look, for a <button>, a <Link> or an <a> alike.
 * `className` adds what does not clash with the look: layout (shrink-0,
 * inline-block), or a weight where a secondary button has one. Focus
 * rings come from the one :focus-visible style in app/globals.css.
 */
export function buttonClass({
  variant,
  size = "medium",
  className = "",
}: {
  variant: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}): string {
  return `rounded-md ${VARIANT[variant]} ${SIZE[size]} disabled:opacity-50 aria-disabled:opacity-50 ${className}`.trim();
}

export type ButtonProps = ComponentProps<"button"> & {
  variant: ButtonVariant;
  size?: ButtonSize;
  /** An action is under way: the button says so (`pendingLabel`) and ignores presses until it ends. */
  pending?: boolean;
  pendingLabel?: ReactNode;
};

const ignorePress = (event: MouseEvent) => event.preventDefault();

/**
 * A button in one of the app's looks. While `pending` it is aria-disabled, not
 * disabled: a disabled button loses the focus, which would fall to the page.
 * The press it ignores is cancelled, so a submit button does not submit again
 * (Enter in a field presses it too).
 */
export function Button({
  variant,
  size,
  className,
  type = "button",
  pending = false,
  pendingLabel,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={pending ? ignorePress : onClick}
      className={buttonClass({ variant, size, className })}
      {...rest}
    >
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}

/** A form's submit button, primary unless said otherwise, with what it says while the form is sent. */
export function SubmitButton({
  variant = "primary",
  ...rest
}: Omit<ButtonProps, "type" | "variant" | "pending" | "pendingLabel"> & {
  variant?: ButtonVariant;
  pending: boolean;
  pendingLabel: ReactNode;
}) {
  return <Button type="submit" variant={variant} {...rest} />;
}
