// The app's one link component: Next's <Link> without prefetching. Next prefetches every link in
// view by rendering its page on the server ahead of a click; on the toolkit's pages (navigation,
// task lists, tables of partnerships) that is several full renders per page view, most of them never
// used, on a server whose cores render pages one at a time (docs/decisions/0008-no-link-prefetch.md).
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
