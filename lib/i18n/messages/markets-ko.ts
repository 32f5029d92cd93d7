import type { marketsEn } from './markets-en';

/** 마켓 선택과 마켓을 바꿀 때 장바구니 안내 (한국어). */
export const marketsKo: Record<keyof typeof marketsEn, string> = {
  label: '배송 국가 및 통화',
  KR: '한국',
  JP: '일본',
  SG: '싱가포르',
  US: '미국',
  changed: '이제 {name} 가격({currency})으로 표시합니다.',
  changeFailed: '국가를 바꾸지 못했습니다. 다시 시도해 주세요.',
  marketNotice: '장바구니를 {name} 가격({currency})으로 바꿨습니다.',
  keptNotice: '장바구니는 회원님 계정의 국가인 {name} 가격({currency})으로 유지됩니다.',
  priceNotice: '{title}: {from}에서 {to}{to|으로/로} 바뀌었습니다.',
  shipNotice: '{title}: 매장이 해당 국가 밖에 있어 {name} 물류센터에서 배송합니다.',
  droppedNotice: '{title}: {name}에서는 판매할 수 없어 장바구니에서 빠졌습니다.',
  codeNotice: '{code} 코드는 {name}에서 쓸 수 없어 해제했습니다.',
};
