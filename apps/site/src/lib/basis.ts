const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Where a basis like 「鲁信用办〔2021〕3号 第四条」 is explained on this site, if anywhere. */
export function explainerFor(ref: string): string | undefined {
  if (!ref.includes('鲁信用办〔2021〕3号')) return undefined;
  const m = ref.match(/第([一二三四五六七八九])(?:条|部分)/);
  const n = m?.[1] ? numerals.indexOf(m[1]) + 1 : 0;
  return n > 0 ? `/policy/section-${n}/` : '/policy/';
}
