// The character count lives in the component kit (components/ui/CharacterCount.tsx); this path
// stays for the forms that still import it from here.
export { CharacterCount, characterCountMessage } from "@/components/ui/CharacterCount";
