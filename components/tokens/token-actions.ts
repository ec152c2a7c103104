"use server";

import { revalidatePath } from "next/cache";
import { sessionViewer } from "@/app/lib/auth/viewer-from-request";
import { DomainError } from "@/app/lib/services/errors";
import { createApiToken } from "@/app/lib/services/tokens/create-api-token";
import { revokeApiToken } from "@/app/lib/services/tokens/revoke-api-token";

export type CreateTokenState =
  { status: "idle" } | { status: "created"; token: string; name: string } | { status: "error"; message: string };

/** The page's adapter over the token services; the services check who may do what. */
export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  try {
    const { token, apiToken } = await createApiToken(await sessionViewer(), {
      name: form.get("name"),
      scopes: form.getAll("scopes"),
    });
    revalidatePath("/settings/tokens");
    return { status: "created", token, name: apiToken.name };
  } catch (error) {
    if (error instanceof DomainError) return { status: "error", message: error.message };
    throw error;
  }
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  await revokeApiToken(await sessionViewer(), { id: form.get("id") });
  revalidatePath("/settings/tokens");
}
