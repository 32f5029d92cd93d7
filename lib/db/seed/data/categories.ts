import type { SeedCategory } from './types';

/** Storefront categories, in navigation order. */
export const categories: SeedCategory[] = [
  {
    slug: 'outerwear',
    name: 'Outerwear',
    description:
      'Down puffers, wool coats and waterproof shells built for Korean winters, rainy-season commutes and everything in between.',
    kind: 'puffer',
    translations: {
      ko: {
        name: '아우터',
        description: '한국의 겨울과 장마철 출퇴근, 그 사이의 모든 날씨를 위한 다운 패딩, 울 코트, 방수 셸.',
      },
      ja: {
        name: 'アウター',
        description:
          '韓国の冬も梅雨どきの通勤も、その間の季節もこれ一枚。ダウン、ウールコート、防水シェルをそろえました。',
      },
    },
  },
  {
    slug: 'tops',
    name: 'Tops & Tees',
    description:
      'Heavyweight tees, linen shirts and easy oxfords in breathable natural fibres, made to be worn on repeat.',
    kind: 'tshirt',
    translations: {
      ko: {
        name: '상의·티셔츠',
        description:
          '숨 쉬는 천연 소재로 만든 헤비웨이트 티셔츠, 린넨 셔츠, 편안한 옥스퍼드. 매일 손이 가는 기본템입니다.',
      },
      ja: {
        name: 'トップス・Tシャツ',
        description:
          'ヘビーウェイトTシャツにリネンシャツ、気負わず着られるオックスフォード。通気性のいい天然素材で、毎日でも着たくなる定番です。',
      },
    },
  },
  {
    slug: 'knitwear',
    name: 'Knitwear',
    description:
      'Merino, cashmere and cotton knits plus fleece-backed hoodies for layering from the first cool evening to the depths of January.',
    kind: 'sweater',
    translations: {
      ko: {
        name: '니트웨어',
        description: '선선한 첫 저녁부터 한겨울까지 겹쳐 입기 좋은 메리노·캐시미어·코튼 니트와 기모 후드.',
      },
      ja: {
        name: 'ニット',
        description:
          'メリノ、カシミヤ、コットンのニットに裏起毛パーカー。秋口の肌寒い夜から真冬まで、重ね着で活躍します。',
      },
    },
  },
  {
    slug: 'bottoms',
    name: 'Trousers & Jeans',
    description:
      'Selvedge denim, pleated wool trousers, corduroy and ripstop cargos in fits from slim to wide, plus shorts for the humid months.',
    kind: 'jeans',
    translations: {
      ko: {
        name: '팬츠·데님',
        description:
          '셀비지 데님, 턱 울 팬츠, 코듀로이, 립스탑 카고까지 슬림부터 와이드까지. 습한 여름을 위한 반바지도 있어요.',
      },
      ja: {
        name: 'パンツ・デニム',
        description:
          'セルビッジデニム、タック入りウールパンツ、コーデュロイ、リップストップのカーゴ。スリムからワイドまで、蒸し暑い季節のショーツもそろいます。',
      },
    },
  },
  {
    slug: 'dresses',
    name: 'Dresses & Skirts',
    description:
      'Linen shirt dresses, ribbed knit midis and pleated skirts that move easily from the office to a weekend in Seongsu.',
    kind: 'dress',
    translations: {
      ko: {
        name: '원피스·스커트',
        description:
          '출근길부터 성수동 주말 나들이까지 자연스럽게 이어지는 린넨 셔츠 원피스, 골지 니트 미디, 플리츠 스커트.',
      },
      ja: {
        name: 'ワンピース・スカート',
        description:
          'リネンのシャツワンピース、リブニットのミディ丈、プリーツスカート。オフィスから週末のお出かけまで、そのまま着ていけます。',
      },
    },
  },
  {
    slug: 'shoes',
    name: 'Shoes',
    description: 'Leather court sneakers, canvas classics and waterproof boots in Korean sizes from 220 to 280 mm.',
    kind: 'sneaker',
    translations: {
      ko: {
        name: '슈즈',
        description: '가죽 코트 스니커즈, 캔버스 클래식, 방수 부츠. 220부터 280mm까지 한국 사이즈로 준비했습니다.',
      },
      ja: {
        name: 'シューズ',
        description:
          'レザーのコートスニーカー、キャンバスの定番、防水ブーツ。サイズは22.0〜28.0cmまでご用意しています。',
      },
    },
  },
  {
    slug: 'bags',
    name: 'Bags',
    description:
      'Canvas totes, leather shoppers and commuter backpacks with padded laptop sleeves, sized for the subway and the weekend.',
    kind: 'tote',
    translations: {
      ko: {
        name: '가방',
        description:
          '캔버스 토트, 가죽 쇼퍼백, 노트북 수납이 되는 출퇴근 백팩. 지하철에서도 주말에도 딱 맞는 크기예요.',
      },
      ja: {
        name: 'バッグ',
        description:
          'キャンバストート、レザーのショッパー、PCスリーブ付きの通勤リュック。電車でも週末でもちょうどいいサイズです。',
      },
    },
  },
  {
    slug: 'accessories',
    name: 'Accessories',
    description:
      'Merino beanies, cashmere scarves, washed cotton caps and everyday socks to finish an outfit or keep out the cold.',
    kind: 'beanie',
    translations: {
      ko: {
        name: '액세서리',
        description: '메리노 비니, 캐시미어 머플러, 워싱 코튼 캡, 데일리 양말. 코디의 마무리와 방한을 한 번에.',
      },
      ja: {
        name: 'ファッション小物',
        description:
          'メリノのニット帽、カシミヤマフラー、ウォッシュドコットンのキャップ、毎日の靴下。コーデの仕上げにも防寒にも。',
      },
    },
  },
];
