// Re-exported by POST-only route handlers (the evidence document upload): other methods get a 405
// that says which method the address accepts.
const notAllowed = () =>
  new Response("This address accepts POST requests only (a file sent from the evidence document page).", {
    status: 405,
    headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
  });

export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
