// Without a trusted reverse proxy in front, the X-Forwarded-* headers of a request are whatever
// the client chose to send. Next keeps a client's X-Forwarded-For (it fills the header from the
// socket only when it is missing), and the app reads the client's address from it for sign-in
// throttling and the audit log. This replaces those headers with what the socket says, for every
// request of every HTTP server in the process, before any request listener runs.
import http from "node:http";
import https from "node:https";

const GUARDED = Symbol.for("toolkit.forwardedHeaderGuard");

/** What a request's forwarded headers become when no proxy is trusted: the socket's address only. */
export function replaceForwardedHeaders(req) {
  req.headers["x-forwarded-for"] = req.socket?.remoteAddress ?? "";
  delete req.headers["x-forwarded-host"];
  delete req.headers["x-forwarded-proto"];
  delete req.headers["x-forwarded-port"];
}

export function installForwardedHeaderGuard() {
  for (const Server of [http.Server, https.Server]) {
    if (Server.prototype[GUARDED]) continue;
    const emit = Server.prototype.emit;
    Server.prototype.emit = function (event, ...args) {
      if (event === "request") replaceForwardedHeaders(args[0]);
      return emit.call(this, event, ...args);
    };
    Server.prototype[GUARDED] = true;
  }
}
