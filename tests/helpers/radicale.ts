import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A real Radicale CalDAV server (Debian's `radicale` package) on loopback, with a throw-away
 * storage folder and plain htpasswd users, for tests and the bench. Calendars and events are made
 * over CalDAV itself (MKCALENDAR, PUT), as a calendar app would.
 */
export type Radicale = {
  url: string;
  makeCalendar: (user: string, name: string) => Promise<string>;
  putEvent: (calendarUrl: string, user: string, uid: string, ics: string) => Promise<void>;
  deleteEvent: (calendarUrl: string, user: string, uid: string) => Promise<void>;
  getEvent: (calendarUrl: string, user: string, uid: string) => Promise<string | null>;
  /** Every event in the calendar, as a CalDAV client reads them back (REPORT calendar-query). */
  listEvents: (calendarUrl: string, user: string) => Promise<string[]>;
  stop: () => Promise<void>;
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.end();
      resolve(true);
    }).on("error", () => resolve(false));
  });

export const RADICALE_BIN = process.env.RADICALE_BIN ?? "/usr/bin/radicale";

export async function startRadicale(users: Record<string, string>): Promise<Radicale> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rekry-radicale-"));
  const port = await freePort();
  writeFileSync(
    path.join(dir, "users"),
    Object.entries(users)
      .map(([u, p]) => `${u}:${p}`)
      .join("\n") + "\n",
  );
  writeFileSync(
    path.join(dir, "config"),
    [
      "[server]",
      `hosts = 127.0.0.1:${port}`,
      "[auth]",
      "type = htpasswd",
      `htpasswd_filename = ${path.join(dir, "users")}`,
      "htpasswd_encryption = plain",
      "delay = 0",
      "[storage]",
      `filesystem_folder = ${path.join(dir, "collections")}`,
      "[rights]",
      "type = owner_only",
      "[logging]",
      "level = warning",
      "",
    ].join("\n"),
  );
  const child: ChildProcess = spawn(RADICALE_BIN, ["--config", path.join(dir, "config")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  const deadline = Date.now() + 15_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`Radicale did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = `http://127.0.0.1:${port}/`;
  const auth = (user: string) => ({
    authorization: `Basic ${Buffer.from(`${user}:${users[user]}`).toString("base64")}`,
  });
  const objectUrl = (calendarUrl: string, uid: string) =>
    `${calendarUrl}${encodeURIComponent(uid.replace(/[^A-Za-z0-9@._-]/g, "_"))}.ics`;
  return {
    url,
    async makeCalendar(user, name) {
      const calendarUrl = `${url}${user}/${name}/`;
      const res = await fetch(calendarUrl, {
        method: "MKCALENDAR",
        headers: { ...auth(user), "content-type": "application/xml" },
        body: `<?xml version="1.0"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:displayname>${name}</D:displayname><C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>`,
      });
      if (res.status !== 201) throw new Error(`MKCALENDAR ${res.status}: ${await res.text()}`);
      return calendarUrl;
    },
    async putEvent(calendarUrl, user, uid, ics) {
      const res = await fetch(objectUrl(calendarUrl, uid), {
        method: "PUT",
        headers: { ...auth(user), "content-type": "text/calendar; charset=utf-8" },
        body: ics,
      });
      if (res.status >= 300) throw new Error(`PUT ${res.status}: ${await res.text()}`);
    },
    async deleteEvent(calendarUrl, user, uid) {
      await fetch(objectUrl(calendarUrl, uid), { method: "DELETE", headers: auth(user) });
    },
    async getEvent(calendarUrl, user, uid) {
      const res = await fetch(objectUrl(calendarUrl, uid), { headers: auth(user) });
      return res.status === 200 ? res.text() : null;
    },
    async listEvents(calendarUrl, user) {
      const res = await fetch(calendarUrl, {
        method: "REPORT",
        headers: { ...auth(user), depth: "1", "content-type": "application/xml" },
        body: `<?xml version="1.0"?><C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><C:calendar-data/></D:prop><C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter></C:calendar-query>`,
      });
      if (res.status !== 207) throw new Error(`REPORT ${res.status}: ${await res.text()}`);
      return [...(await res.text()).matchAll(/<(?:\w+:)?calendar-data[^>]*>([\s\S]*?)<\/(?:\w+:)?calendar-data>/g)].map(
        (m) =>
          m[1]!
            .replace(/&#13;/g, "\r")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, "&"),
      );
    },
    async stop() {
      child.kill();
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A VCALENDAR around the given VEVENT lines (CRLF, as servers expect). */
export function vcalendar(...events: string[][]): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Rekry tests//EN",
    ...events.flatMap((e) => ["BEGIN:VEVENT", ...e, "END:VEVENT"]),
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}
