// The webhook scenario's loopback receiver, run by scripts/bench/webhooks.ts in a process of its
// own: a real receiver runs elsewhere, and answering the runner's requests in the load generator's
// event loop would delay the moves' timings there. Plain JavaScript, so it starts without tsx.
import { createServer } from "node:http";

let received = 0;
/** Answers held back while holding (the runner then waits, and a backlog builds up). */
let held = null;
/** Requests from the bench: "tell me when this many have arrived". */
const waiting = [];

const answered = () => {
  received += 1;
  for (let i = waiting.length - 1; i >= 0; i--) {
    if (received >= waiting[i].count) {
      process.send({ id: waiting[i].id, received });
      waiting.splice(i, 1);
    }
  }
};

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const answer = () => {
      res.writeHead(200).end("ok");
      answered();
    };
    if (held) held.push(answer);
    else answer();
  });
});
server.keepAliveTimeout = 60_000;

process.on("message", (m) => {
  if (m.op === "count") process.send({ id: m.id, received });
  else if (m.op === "until") {
    if (received >= m.count) process.send({ id: m.id, received });
    else waiting.push({ id: m.id, count: m.count });
  } else if (m.op === "hold") {
    held ??= [];
    process.send({ id: m.id, received });
  } else if (m.op === "release") {
    const answers = held ?? [];
    held = null;
    for (const answer of answers) answer();
    process.send({ id: m.id, received });
  } else if (m.op === "close") {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});

server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
