import type { ReactNode } from "react";
import { ActionError } from "./action-error";
import { SubmitButton, type ButtonVariant } from "./button";

/**
 * The end of a form: its submit button, what saving did (a role="status" line
 * beside the button, when the form says one) and why it failed (role="alert",
 * below). Two elements, not one, so they take the spacing of the form's own
 * rows.
 */
export function FormFooter({
  label,
  pendingLabel,
  pending,
  disabled,
  variant,
  status,
  error,
}: {
  label: ReactNode;
  pendingLabel: ReactNode;
  pending: boolean;
  /** The form cannot be sent yet (not the same as pending: a disabled button is skipped by Tab). */
  disabled?: boolean;
  variant?: ButtonVariant;
  /** Said after a save ("Saved."); leave it out for a form that shows its result elsewhere. */
  status?: ReactNode;
  error: string | null;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant={variant} pending={pending} pendingLabel={pendingLabel} disabled={disabled}>
          {label}
        </SubmitButton>
        {status !== undefined && (
          <p role="status" className="text-sm">
            {status}
          </p>
        )}
      </div>
      <ActionError message={error} />
    </>
  );
}
