/**
 * Spellings shoppers use for the same thing (loanword variants above all): a query word holding
 * one member is also searched with each other member in its place. Data, not code: add a group
 * here. Kept short and real; a member is a whole spelling as shoppers type it.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['재킷', '자켓', '쟈켓'],
  ['스니커즈', '스니커', '스니커스'],
  ['패딩', '패딩 점퍼', '패딩점퍼'],
  ['카디건', '가디건'],
  ['후드', '후디'],
  ['플리스', '후리스'],
  ['스웨이드', '세무'],
  ['ジャケット', 'ジャケツ'],
  ['スニーカー', 'スニーカーズ'],
  ['パーカー', 'パーカ', 'フーディー'],
  ['カーディガン', 'カーデ'],
];
