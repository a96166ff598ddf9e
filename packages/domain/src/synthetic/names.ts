import type { CompanySize } from '../enterprise/rows';
import type { Rng } from './prng';

/**
 * Company names in the usual Chinese pattern — place + brand + trade + form — always marked 示例 ("example")
 * so no one mistakes a synthetic firm for a real one, with an English rendering in pinyin.
 */
const SYLLABLES: ReadonlyArray<[zh: string, pinyin: string]> = [
  ['华', 'hua'],
  ['锂', 'li'],
  ['瑞', 'rui'],
  ['泰', 'tai'],
  ['鑫', 'xin'],
  ['博', 'bo'],
  ['恒', 'heng'],
  ['达', 'da'],
  ['源', 'yuan'],
  ['科', 'ke'],
  ['昌', 'chang'],
  ['盛', 'sheng'],
  ['宇', 'yu'],
  ['启', 'qi'],
  ['航', 'hang'],
  ['联', 'lian'],
  ['睿', 'rui'],
  ['芯', 'xin'],
  ['迈', 'mai'],
  ['腾', 'teng'],
  ['远', 'yuan'],
  ['通', 'tong'],
  ['嘉', 'jia'],
  ['宏', 'hong'],
  ['振', 'zhen'],
  ['兴', 'xing'],
  ['润', 'run'],
  ['德', 'de'],
  ['正', 'zheng'],
  ['信', 'xin'],
  ['安', 'an'],
  ['捷', 'jie'],
  ['晟', 'sheng'],
  ['卓', 'zhuo'],
  ['越', 'yue'],
  ['汇', 'hui'],
  ['智', 'zhi'],
  ['创', 'chuang'],
  ['海', 'hai'],
  ['湾', 'wan'],
  ['星', 'xing'],
  ['辰', 'chen'],
  ['阳', 'yang'],
  ['光', 'guang'],
  ['中', 'zhong'],
  ['诚', 'cheng'],
  ['亿', 'yi'],
  ['天', 'tian'],
  ['鼎', 'ding'],
  ['峰', 'feng'],
  ['凯', 'kai'],
  ['欣', 'xin'],
  ['灵', 'ling'],
  ['致', 'zhi'],
  ['微', 'wei'],
  ['奥', 'ao'],
  ['骏', 'jun'],
  ['翔', 'xiang'],
  ['澜', 'lan'],
  ['新', 'xin'],
];

const BRANDS = SYLLABLES.length * SYLLABLES.length;
/** Coprime with BRANDS, so consecutive firms walk through every brand before one repeats. */
const STRIDE = 7919;

export interface CompanyName {
  name: string;
  nameEn: string;
}

export function companyName(options: {
  index: number;
  place: [zh: string, en: string];
  word: [zh: string, en: string];
  size: CompanySize;
  foreign: boolean;
  rng: Rng;
}): CompanyName {
  const { index, place, word, size, foreign, rng } = options;
  const k = (index * STRIDE) % BRANDS;
  const a = k % SYLLABLES.length;
  const b = Math.floor(k / SYLLABLES.length);
  // "华华" reads as a stutter: a doubled syllable steps to the next one.
  const first = SYLLABLES[a] as [string, string];
  const second = SYLLABLES[a === b ? (b + 1) % SYLLABLES.length : b] as [string, string];
  const brand = first[0] + second[0];
  const brandEn = capitalise(first[1] + second[1]);
  if (foreign) {
    return { name: `示例·${place[0]}${brand}${word[0]}公司`, nameEn: `Demo ${brandEn} ${word[1]} (${place[1]})` };
  }
  const [form, formEn] =
    size === 'large'
      ? rng.chance(0.5)
        ? ['集团有限公司', 'Group']
        : ['股份有限公司', 'Co., Ltd.']
      : ['有限公司', 'Co., Ltd.'];
  return {
    name: `示例·${place[0]}${brand}${word[0]}${form}`,
    nameEn: `Demo ${place[1]} ${brandEn} ${word[1]} ${formEn}`,
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
