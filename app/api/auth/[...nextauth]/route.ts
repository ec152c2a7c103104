import { handlers } from "@/app/lib/auth/auth";

export const { GET, POST } = handlers;
