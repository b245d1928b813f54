// Code points that were not assigned in Unicode 13.0, the version of the tables in Go 1.19 that
// Go's hujson uses to decide whether an "invalid character" is printed as itself or escaped. The
// JavaScript engine's tables are newer, so a character assigned since (for example U+061D or
// U+1FAE0) is a graphic character to the engine but unassigned, hence not printable, to Go.
// Generated from the Unicode Age property (code points outside Present_In=13.0): inclusive
// [start, end] pairs, sorted, surrogates omitted, each number written as its difference from
// the one before it, in base 32: its last digit from FINAL_DIGITS, the others from 0-9a-v, so no
// separator is needed. So written, the table takes 1.7 KB of the bundle every run loads instead
// of 8 KB as decimal numbers; it is decoded the first time an error message needs it.
const UNASSIGNED_IN_UNICODE_13 =
  'rYBHDIACAVAcOA1HB1TBEA1YH*DHK-A7RA1+B3GN1*B1SBQA+BCAM1UWATK5SAJBDBXAIACCFBKBDBFHCDDAGB(BEAHDDBXAIADA' +
  'DADBCAGDDBECCGFACGSJEAKAEAXAIADAGBLAEAEBCOFBNGIAEAJBDBXAIADAGBKBDBEGEDDAGBTJDAHCEAFCDACADCDCECNDGCEA' +
  'FBCFCNWEOAEAYARCJAEAFGDAEEFBLGXAEAYALAGBKAEAFGDGCAFBLADMOAEA1UAEAHDRB)AEATCZAKACBICCDHACAJFLBEL1)D-1' +
  'EDACAGAZACAYBGACAHBLBF.2JA1FD1IA1FAQAO1E6HACECBb(AFBIACAFB1KAFB1CAFBIACAFBQA1(AFB2EB1BC)F2XBHBk-C2(G' +
  'OAIKYIVLOAEADL2.BLFLFQALF2(G1ME2HJ1AANDNDCC1LBGK1ND)FMC1.B2CA-BMFLFPBS1-2ND1OC3VH1+CQC1+G1MBMH1ME7)A' +
  '8*BHB1HBHBJACACACA1AB1WAQAPBHAUBEAKA3GANB*AOC1BP1CO4NDkYYMU1oVB1BA4ZA1QA4VE1OACECB1ZGDNZIIAIAIAIAIAI' +
  'AIAIA3U1M)A2(L6XZND2BA2XB3IE1MA2.A2VL1QAre-C14OC1YIa+T5ZH6BBK1J1ZCLF1ZH2HHNF3VK.C2PAMD1CA1YIPBLB3IX+' +
  'JHBHBHIIAIA1+D3.BLFatFLYD1SD8jPB3L1FILGE)AGACADADA3+QbOP2BB1XH1PB)F1UAUAFDGA4IBCA5.CHBHBHBECIAIJUA)A' +
  'UADAQBP1B3*EED1OC2ZAOCC1O1P4B-C1SO+D1FI.E1ME.A1GDP1J4.BLF1FD1FD1JH1VKC4P9YIXJJ4XHBCA1NADCCBYA2JHK1PU' +
  'ADE1CC*EC1.1ZDVB1TADEJAEA-BEDLGKG2B.1IDNI1XC-B*E)GFLI2P2K1W1UM1UG1PHL9F1AA1LAEBD2N1JH1L2V+TYI2PD.O2E' +
  'KCB(GLF1WATH1II3BAVKTA1N2AIACAFAQAMF1*ELFFAJBDBXAIADAGALBDBEBCFCEIBICG4K2+AG+2JHL5F1XB1H1B2GKLFOS1(G' +
  'L1V*BQDR5.1+3D2ULJBCBJADA.ADBNIL2FJB1PBM(2JH2U*1(8GKA1OAPJ-C1BBXAP2IIADA1NCCADAKHLFHADA1GADAHGL9V(5W' +
  'CO1TMs*3F3QAGK6F2l)11QAK3uGiI8dYh(G1AALDD2..BHJ2HJLAIAWEUlP2*3E2MD1(GS1.GKDN5vZH16X1JK8nW9A1QEQFHcN2' +
  '8D3MEOCKGLBJ4q)7XJ1IB6BW2H4ZVL2YI(4G2WA2IADBCBDBFANACAIA2CAFBJAIA+AFAGACCIAaVB9FBl.OGAQ1aPIASBIADAG6' +
  'U1OCPBLDDbP1)EC17.6GBR1I2NDLDDoQ2F2L1-6BFA*ADACBCALAFACACFCDCACACAEADACBCACACACACADACBFAIAFAFACALASE' +
  'EAGAS1TD8N1ND3FLQBQAQA1GJ5P1X-M1NDKGDNH4ZuZHOCOC3VL2(GNTND1ZHLF1JH.BD2N3(A2TA4ILPBGCEEII(GIIEMI1I4UA' +
  '1Y1EL10D19nB1B41WK6.B5kDN79S30-g.1e.4qO1r5SD1vv+D1vv+D1vv+D1vv+D1vv+D1vv+D1vv+D1vv+D1vv+D1vv+DAC+3B3' +
  '.7R1vgN';

const FINAL_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+-.';

let pairs: number[] | undefined;

function decoded(): number[] {
  const out: number[] = [];
  let value = 0;
  let digits = 0;
  for (const char of UNASSIGNED_IN_UNICODE_13) {
    const last = FINAL_DIGITS.indexOf(char);
    if (last < 0) {
      digits = digits * 32 + parseInt(char, 32);
      continue;
    }
    value += digits * 32 + last;
    out.push(value);
    digits = 0;
  }
  return out;
}

export function unassignedInUnicode13(codePoint: number): boolean {
  const table = (pairs ??= decoded());
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < table[2 * mid]!) hi = mid - 1;
    else if (codePoint > table[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
