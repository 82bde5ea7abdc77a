/**
 * News outlets by the names pages give them: a copyright holder ("Thomson Reuters"), a dateline tag
 * ("(AP)") or a photo credit ("/dpa") all map to one short name.
 */

/** News agencies: a photo credit names the article's outlet only when it is one of these. */
const AGENCIES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'Reuters', pattern: /^(?:thomson )?reuters(?: news)?$/i },
  { name: 'AP', pattern: /^(?:the )?(?:ap|associated press)$/i },
  { name: 'AFP', pattern: /^(?:afp|agence france[- ]presse)$/i },
  { name: 'dpa', pattern: /^(?:dpa|deutsche presse-agentur)$/i },
  { name: 'EFE', pattern: /^efe$/i },
  { name: 'ANSA', pattern: /^ansa$/i },
  { name: 'Xinhua', pattern: /^xinhua$/i },
  { name: 'Kyodo', pattern: /^kyodo(?: news)?$/i },
  { name: 'Yonhap', pattern: /^yonhap$/i },
  { name: 'UPI', pattern: /^(?:upi|united press international)$/i },
  { name: 'PA', pattern: /^(?:pa|press association|pa media)$/i },
  { name: 'Anadolu', pattern: /^anadolu(?: agency)?$/i },
  { name: 'Bloomberg', pattern: /^bloomberg(?: news)?$/i },
];

/** The agency's short name when `name` is a known news agency, else undefined. */
export function agencyName(name: string): string | undefined {
  const trimmed = name.trim();
  return AGENCIES.find((a) => a.pattern.test(trimmed))?.name;
}

/**
 * A display name for an outlet: a known agency's short name, otherwise the name as written without
 * a trailing full stop or legal suffix ("Harbour Weekly.", "Example Media LLC" → "Example Media").
 */
export function outletName(name: string): string | undefined {
  const cleaned = name
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/,?\s+(?:inc|llc|ltd|plc|gmbh|corp|co)\.?$/i, '')
    .trim();
  if (!/\p{L}/u.test(cleaned) || cleaned.length > 60) return undefined;
  return agencyName(cleaned) ?? cleaned;
}
