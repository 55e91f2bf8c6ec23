// What to run when there is no administrator yet: said by the server's log at start-up
// (db/startup.ts) and by the sign-in page, so that an operator with an empty database knows the
// one command to run on the server (scripts/create-admin.ts, docs/operating.md).
export const CREATE_ADMIN_COMMAND = 'npm run create-admin -- --email you@example.org --name "Your Name"';
