import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
export { PUT, PATCH, DELETE } from "@/lib/http/get-post-only";
