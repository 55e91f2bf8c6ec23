// Re-exported by the route handlers that take GET and POST only (sign-in, evidence documents):
// other methods get a 405 that says so, instead of Next's bare one.
const notAllowed = () =>
  new Response("This address accepts GET and POST requests only.", {
    status: 405,
    headers: { Allow: "GET, HEAD, POST", "Content-Type": "text/plain; charset=utf-8" },
  });

export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
