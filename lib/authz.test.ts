import { describe, expect, it } from "vitest";
import {
  type Actor,
  can,
  canDeleteAnnotation,
  ENDPOINT_RULES,
  endpointRule,
  minimumLevel,
  PERMISSION_NAMES,
  PERMISSIONS,
  ROLE_ORDER,
  refusal,
} from "./authz";

const open = { requireSignIn: false };
const closed = { requireSignIn: true };
const viewer: Actor = { id: "v", role: "viewer" };
const analyst: Actor = { id: "a", role: "analyst" };
const admin: Actor = { id: "ad", role: "admin" };

describe("can", () => {
  it("lets anonymous visitors read, and nothing else, when reading is open", () => {
    const allowed = PERMISSION_NAMES.filter((p) => can(null, p, open));
    expect(allowed.sort()).toEqual(["records:read", "session:create", "session:end"]);
  });

  it("requires an account to read when sign-in is required, but keeps sign-in itself open", () => {
    expect(can(null, "records:read", closed)).toBe(false);
    expect(can(viewer, "records:read", closed)).toBe(true);
    expect(can(null, "session:create", closed)).toBe(true);
    expect(minimumLevel("records:read", closed)).toBe("viewer");
  });

  it("orders roles: each role holds what the ones below it hold", () => {
    for (const permission of PERMISSION_NAMES) {
      const holders = ROLE_ORDER.map((role) => can({ id: "x", role }, permission, open));
      // Once true, stays true up the order.
      expect(holders).toEqual([...holders].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it("gives the documented roles their powers", () => {
    expect(can(viewer, "annotations:write", open)).toBe(false);
    expect(can(analyst, "annotations:write", open)).toBe(true);
    expect(can(analyst, "records:write", open)).toBe(true);
    expect(can(viewer, "records:import", open)).toBe(false);
    expect(can(analyst, "records:import", open)).toBe(true);
    expect(can(admin, "records:import", open)).toBe(true);
    expect(can(analyst, "users:manage", open)).toBe(false);
    expect(can(admin, "users:manage", open)).toBe(true);
  });

  it("denies by default: unknown permissions, unknown roles, disabled accounts", () => {
    expect(can(admin, "records:delete-everything", open)).toBe(false);
    expect(can(admin, "toString", open)).toBe(false);
    expect(can(admin, "__proto__", open)).toBe(false);
    expect(can({ id: "x", role: "root" as never }, "records:read", closed)).toBe(false);
    // A disabled account is refused outright (the session layer also treats it as signed out).
    expect(can({ id: "x", role: "admin", disabled: true }, "records:read", closed)).toBe(false);
    expect(can({ id: "x", role: "admin", disabled: true }, "annotations:write", open)).toBe(false);
  });
});

describe("refusal", () => {
  it("says whether signing in could help", () => {
    expect(refusal(null, "annotations:write", open)).toEqual({
      reason: "unauthenticated",
      permission: "annotations:write",
    });
    expect(refusal(viewer, "annotations:write", open)?.reason).toBe("forbidden");
    expect(refusal(analyst, "annotations:write", open)).toBeNull();
  });
});

describe("canDeleteAnnotation", () => {
  it("lets authors delete their own, admins anyone's, nobody else", () => {
    expect(canDeleteAnnotation(analyst, "a", open)).toBe(true);
    expect(canDeleteAnnotation(analyst, "someone-else", open)).toBe(false);
    expect(canDeleteAnnotation(viewer, "v", open)).toBe(false);
    expect(canDeleteAnnotation(admin, "someone-else", open)).toBe(true);
    expect(canDeleteAnnotation(null, "a", open)).toBe(false);
  });
});

describe("ENDPOINT_RULES", () => {
  it("names only real permissions", () => {
    for (const [key, permission] of Object.entries(ENDPOINT_RULES)) {
      expect(key).toMatch(/^app\/.+\.(ts|tsx)#\w+$/);
      expect(Object.hasOwn(PERMISSIONS, permission)).toBe(true);
    }
    expect(endpointRule("app/nowhere/actions.ts#x")).toBeUndefined();
    expect(endpointRule("constructor")).toBeUndefined();
  });
});
