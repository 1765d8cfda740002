/** A count and its noun: "1 problem", "3 problems". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
