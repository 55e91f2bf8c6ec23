import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refuseMalformedAuthBody } from "@/lib/http/auth-body";

const handler = NextAuth(authOptions);

async function POST(req: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return (await refuseMalformedAuthBody(req)) ?? handler(req, context);
}

export { handler as GET, POST };
export { PUT, PATCH, DELETE } from "@/lib/http/get-post-only";
