// The error summary lives in the component kit (components/ui/ErrorSummary.tsx); this path stays
// for the forms that still import it from here.
export { ErrorSummary, fieldId, type SummaryError } from "@/components/ui/ErrorSummary";
