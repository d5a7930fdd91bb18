// The survey elements (unsur) an SKM asks about, with the four answer labels the standard prints for
// each one (answer 1 = first label … 4 = last). Codes are what the API, the events and CSV files use.

/** Answer labels for 1, 2, 3, 4. */
export type AnswerLabels = readonly [string, string, string, string];

export type SurveyElement = {
  code: string;
  name: string;
  nameEn: string;
  question: string;
  questionEn: string;
  labels: AnswerLabels;
  labelsEn: AnswerLabels;
};

/** A questionnaire: its elements in order, optional weights (default exactly 1/len each), and its rule. */
export type ElementSet = {
  id: string;
  name: string;
  nameEn: string;
  /** The regulation whose formula and interval table apply. */
  rule: 'permenpan-14-2017' | 'kepmenpan-25-2004';
  /** True for sets kept only to import and show historical results. */
  historical: boolean;
  elements: readonly SurveyElement[];
  weights?: readonly number[];
  /** The office a unit-defined set belongs to. */
  officeId?: string;
};

const el = (code: string, name: string, nameEn: string, question: string, questionEn: string, labels: AnswerLabels, labelsEn: AnswerLabels): SurveyElement => ({
  code,
  name,
  nameEn,
  question,
  questionEn,
  labels,
  labelsEn
});

const SESUAI: AnswerLabels = ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'];
const SESUAI_EN: AnswerLabels = ['Not appropriate', 'Somewhat inappropriate', 'Appropriate', 'Very appropriate'];

// Names and order follow the scope list of PermenPANRB 14/2017 (Lampiran, unsur a–i); questions and answer
// labels follow its sample questionnaire. (The sample asks about facilities before complaint handling; the
// scope list, which reports number by, has complaint handling as U8 and facilities as U9.)
export const SKM_2017: ElementSet = {
  id: 'permenpan-14-2017',
  name: 'PermenPANRB 14/2017 (9 unsur)',
  nameEn: 'PermenPANRB 14/2017 (9 elements)',
  rule: 'permenpan-14-2017',
  historical: false,
  elements: [
    el(
      'u1',
      'Persyaratan',
      'Requirements',
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      'How well do the requirements fit the kind of service?',
      SESUAI,
      SESUAI_EN
    ),
    el(
      'u2',
      'Sistem, mekanisme, dan prosedur',
      'System, mechanism and procedure',
      'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      'How easy is the service procedure at this office?',
      ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
      ['Not easy', 'Somewhat difficult', 'Easy', 'Very easy']
    ),
    el(
      'u3',
      'Waktu penyelesaian',
      'Completion time',
      'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      'How quickly was the service delivered?',
      ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
      ['Not fast', 'Somewhat slow', 'Fast', 'Very fast']
    ),
    el(
      'u4',
      'Biaya/tarif',
      'Cost/fee',
      'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      'How fair is the cost or fee of the service?',
      ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
      ['Very expensive', 'Rather expensive', 'Cheap', 'Free']
    ),
    el(
      'u5',
      'Produk spesifikasi jenis pelayanan',
      'Service product',
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      'How well does what you received match the product promised in the service standard?',
      SESUAI,
      SESUAI_EN
    ),
    el(
      'u6',
      'Kompetensi pelaksana',
      'Staff competence',
      'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      'How competent were the staff?',
      ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
      ['Not competent', 'Somewhat incompetent', 'Competent', 'Very competent']
    ),
    el(
      'u7',
      'Perilaku pelaksana',
      'Staff conduct',
      'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      'How polite and friendly were the staff?',
      ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
      ['Not polite or friendly', 'Somewhat impolite', 'Polite and friendly', 'Very polite and friendly']
    ),
    el(
      'u8',
      'Penanganan pengaduan, saran, dan masukan',
      'Handling of complaints and suggestions',
      'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      'How are complaints from service users handled?',
      ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
      ['There is none', 'Exists but does not work', 'Works, but not fully', 'Well managed']
    ),
    el(
      'u9',
      'Sarana dan prasarana',
      'Facilities',
      'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      'How good are the facilities?',
      ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
      ['Poor', 'Fair', 'Good', 'Very good']
    )
  ]
};

const q04 = (what: string) => `Bagaimana pendapat Saudara tentang ${what}?`;
const en04 = (what: string) => `What do you think of ${what}?`;

// Kepmenpan 25/2004 (Pedoman Umum Penyusunan IKM), 14 unsur, kept to import and show historical results.
export const IKM_2004: ElementSet = {
  id: 'kepmenpan-25-2004',
  name: 'Kepmenpan 25/2004 (14 unsur, data historis)',
  nameEn: 'Kepmenpan 25/2004 (14 elements, historical data)',
  rule: 'kepmenpan-25-2004',
  historical: true,
  elements: [
    el(
      'p1',
      'Prosedur pelayanan',
      'Service procedure',
      q04('kemudahan prosedur pelayanan'),
      en04('how easy the procedure is'),
      ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
      ['Not easy', 'Somewhat difficult', 'Easy', 'Very easy']
    ),
    el('p2', 'Persyaratan pelayanan', 'Service requirements', q04('kesesuaian persyaratan pelayanan dengan jenis pelayanannya'), en04('how the requirements fit the service'), SESUAI, SESUAI_EN),
    el(
      'p3',
      'Kejelasan petugas pelayanan',
      'Clarity of staff',
      q04('kejelasan dan kepastian petugas yang melayani'),
      en04('how clear it is who serves you'),
      ['Tidak jelas', 'Kurang jelas', 'Jelas', 'Sangat jelas'],
      ['Not clear', 'Somewhat unclear', 'Clear', 'Very clear']
    ),
    el(
      'p4',
      'Kedisiplinan petugas pelayanan',
      'Staff discipline',
      q04('kedisiplinan petugas dalam memberikan pelayanan'),
      en04('the discipline of the staff'),
      ['Tidak disiplin', 'Kurang disiplin', 'Disiplin', 'Sangat disiplin'],
      ['Not disciplined', 'Somewhat undisciplined', 'Disciplined', 'Very disciplined']
    ),
    el(
      'p5',
      'Tanggung jawab petugas pelayanan',
      'Staff responsibility',
      q04('tanggung jawab petugas dalam memberikan pelayanan'),
      en04('the responsibility of the staff'),
      ['Tidak bertanggung jawab', 'Kurang bertanggung jawab', 'Bertanggung jawab', 'Sangat bertanggung jawab'],
      ['Not responsible', 'Somewhat irresponsible', 'Responsible', 'Very responsible']
    ),
    el(
      'p6',
      'Kemampuan petugas pelayanan',
      'Staff ability',
      q04('kemampuan petugas dalam memberikan pelayanan'),
      en04('the ability of the staff'),
      ['Tidak mampu', 'Kurang mampu', 'Mampu', 'Sangat mampu'],
      ['Not able', 'Somewhat unable', 'Able', 'Very able']
    ),
    el(
      'p7',
      'Kecepatan pelayanan',
      'Speed of service',
      q04('kecepatan pelayanan di unit ini'),
      en04('the speed of service'),
      ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
      ['Not fast', 'Somewhat slow', 'Fast', 'Very fast']
    ),
    el(
      'p8',
      'Keadilan mendapatkan pelayanan',
      'Fairness of service',
      q04('keadilan untuk mendapatkan pelayanan di unit ini'),
      en04('fairness in getting served'),
      ['Tidak adil', 'Kurang adil', 'Adil', 'Sangat adil'],
      ['Not fair', 'Somewhat unfair', 'Fair', 'Very fair']
    ),
    el(
      'p9',
      'Kesopanan dan keramahan petugas',
      'Courtesy of staff',
      q04('kesopanan dan keramahan petugas'),
      en04('the courtesy of the staff'),
      ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
      ['Not polite or friendly', 'Somewhat impolite', 'Polite and friendly', 'Very polite and friendly']
    ),
    el(
      'p10',
      'Kewajaran biaya pelayanan',
      'Reasonableness of cost',
      q04('kewajaran biaya untuk mendapatkan pelayanan'),
      en04('how reasonable the cost is'),
      ['Tidak wajar', 'Kurang wajar', 'Wajar', 'Sangat wajar'],
      ['Not reasonable', 'Somewhat unreasonable', 'Reasonable', 'Very reasonable']
    ),
    el(
      'p11',
      'Kepastian biaya pelayanan',
      'Certainty of cost',
      q04('kesesuaian antara biaya yang dibayarkan dengan biaya yang telah ditetapkan'),
      en04('whether the cost paid matched the set fee'),
      ['Selalu tidak sesuai', 'Kadang-kadang sesuai', 'Banyak sesuainya', 'Selalu sesuai'],
      ['Never matched', 'Sometimes matched', 'Mostly matched', 'Always matched']
    ),
    el(
      'p12',
      'Kepastian jadwal pelayanan',
      'Certainty of schedule',
      q04('ketepatan pelaksanaan terhadap jadwal waktu pelayanan'),
      en04('keeping to the service schedule'),
      ['Selalu tidak tepat', 'Kadang-kadang tepat', 'Banyak tepatnya', 'Selalu tepat'],
      ['Never on time', 'Sometimes on time', 'Mostly on time', 'Always on time']
    ),
    el(
      'p13',
      'Kenyamanan lingkungan',
      'Comfort of premises',
      q04('kenyamanan di lingkungan unit pelayanan'),
      en04('the comfort of the premises'),
      ['Tidak nyaman', 'Kurang nyaman', 'Nyaman', 'Sangat nyaman'],
      ['Not comfortable', 'Somewhat uncomfortable', 'Comfortable', 'Very comfortable']
    ),
    el(
      'p14',
      'Keamanan pelayanan',
      'Safety of service',
      q04('keamanan pelayanan di unit ini'),
      en04('the safety of the service'),
      ['Tidak aman', 'Kurang aman', 'Aman', 'Sangat aman'],
      ['Not safe', 'Somewhat unsafe', 'Safe', 'Very safe']
    )
  ]
};

/** The built-in sets; unit-defined sets come from the catalog. */
export const BUILT_IN_SETS: readonly ElementSet[] = [SKM_2017, IKM_2004];

export const DEFAULT_ELEMENT_SET = SKM_2017.id;

/** An element a unit adds; English texts default to the Indonesian ones. */
export type ExtraElement = Omit<SurveyElement, 'nameEn' | 'questionEn' | 'labelsEn'> & Partial<Pick<SurveyElement, 'nameEn' | 'questionEn' | 'labelsEn'>>;

/** A unit-defined set: the 9 elements of 2017, optionally extra elements and weights that sum to 1. */
export type UnitElementSetInput = {
  id: string;
  officeId: string;
  name: string;
  extraElements?: readonly ExtraElement[];
  weights?: Readonly<Record<string, number>>;
};

/** Expands a unit's definition into a full set (the regulation lets a unit add elements or weight them). */
export function unitElementSet(input: UnitElementSetInput): ElementSet {
  const extra = (input.extraElements ?? []).map((e) => ({
    ...e,
    nameEn: e.nameEn ?? e.name,
    questionEn: e.questionEn ?? e.question,
    labelsEn: e.labelsEn ?? e.labels
  }));
  const elements = [...SKM_2017.elements, ...extra];
  return {
    id: input.id,
    name: input.name,
    nameEn: input.name,
    rule: 'permenpan-14-2017',
    historical: false,
    officeId: input.officeId,
    elements,
    ...(input.weights && { weights: elements.map((e) => input.weights![e.code] ?? 0) })
  };
}

/** The built-in set with this id, if any. */
export function builtInSet(id: string): ElementSet | undefined {
  return BUILT_IN_SETS.find((set) => set.id === id);
}
