// Re-exported by GET-only route handlers: Next would answer other methods with a bare 405; these
// say which method the address accepts.
const notAllowed = () =>
  new Response("This address accepts GET (and HEAD) requests only.", {
    status: 405,
    headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
  });

export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
