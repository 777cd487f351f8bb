/** The first half of a UTF-16 surrogate pair (an emoji, a rare CJK character): never cut a text after it. */
export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/** The second half of a UTF-16 surrogate pair: never cut a text before it. */
export const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
