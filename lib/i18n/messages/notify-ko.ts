import type { Messages } from './en';

/** Korean text of the shop's messages (see notify-en.ts). */
export const notifyKo: Messages['notify'] = {
  readySubject: '주문 {number} 상품이 {store}에 준비되었습니다',
  readyEmail:
    '주문 {number} 상품을 {store}에서 찾아가실 수 있습니다. {date}까지 매장 카운터에서 픽업 코드 {code}{code|을/를} 보여 주세요.',
  readySms: 'Aisle: 주문 {number} 상품이 {store}에 준비되었습니다. 코드 {code}, {date}까지 보관합니다.',
  expiredSubject: '주문 {number} 상품을 찾아가지 않으셨습니다',
  expiredEmail:
    '{store}에서 보관 중이던 주문 {number}의 보관 기간이 끝나 상품은 다시 진열되었습니다. 결제하신 금액은 모두 환불됩니다.',
  expiredSms: 'Aisle: {store}에서 보관 중이던 주문 {number}의 보관 기간이 끝났습니다.',
  otpSms:
    'Aisle: 인증번호는 {code}입니다. {minutes}분 후 만료됩니다. 누구에게도 알려 주지 마세요. Aisle 직원은 인증번호를 묻지 않습니다.',
  phoneMovedSubject: '휴대폰 번호가 다른 Aisle 계정에 연결되었습니다',
  phoneMovedBody:
    '휴대폰 번호 {phone}{phone|이/가} 방금 다른 Aisle 계정에서 인증되어 회원님의 계정과의 연결이 해제되었습니다. 이제 이 번호의 매장 구매 내역은 주문 내역에 표시되지 않습니다. 본인이 한 일이 아니라면 로그인한 뒤 휴대폰 번호를 다시 연결해 주세요.',
  resetSubject: 'Aisle 비밀번호 재설정',
  resetBody:
    '아래 링크에서 새 비밀번호를 설정하세요. 링크는 {minutes}분 동안 한 번만 쓸 수 있습니다.\n\n{link}\n\n요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.',
  changedSubject: 'Aisle 비밀번호가 변경되었습니다',
  changedBody:
    '계정 비밀번호가 방금 변경되었고, 다른 모든 기기에서 로그아웃되었습니다. 본인이 아니라면 비밀번호 찾기로 즉시 재설정하고 고객센터({phone})로 연락해 주세요.',
  cancelledSubject: 'Aisle 주문 {number}이 취소되었습니다',
  cancelledEmail: '요청하신 대로 주문 {number}을 취소했습니다. {money} 상품은 다시 판매됩니다.',
  cancelledSms: 'Aisle: 주문 {number} 취소 완료. {money}',
  cancelledVoided: '카드 승인({total})은 취소되어 청구되지 않습니다.',
  cancelledNothingCharged: '결제된 금액이 없습니다.',
  backInStockSubject: '{store}에 다시 입고되었습니다: {title}',
  backInStockBody: '요청하신 {item} 상품이 {store}에 다시 입고되었습니다. 수량이 많지 않을 수 있어요: {link}',
  storeAddress: '({postalCode}) {city} {street}',
  backInStockSms: 'Aisle: 요청하신 {item} 상품이 {store}에 다시 입고되었습니다. 수량이 많지 않을 수 있어요: {link}',
  staffInviteSubject: 'Aisle 매장 콘솔 초대',
  staffInviteBody:
    'Aisle 매장 콘솔에 초대되었습니다. 아래 링크에서 비밀번호를 설정하세요. 링크는 {hours}시간 동안 한 번만 쓸 수 있습니다.\n\n{link}',
};
