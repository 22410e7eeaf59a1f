import type { Role } from "./authz";

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "viewer",
  analyst: "analyst",
  admin: "admin",
};
