// English words that are also names (or parts of names) of things in a news pack. A name made of one of
// these alone ("May", "Will", "Turkey", "Alliance") is only linked with evidence beyond its capital letter.
// The list is hand-made for the words that collide in news; callers may add more (compile option).

const WORDS = `
a an the this that these those it its he she we us they them our your my his her their i you me who whom
what which when where why how there here then than and or but nor not no yes so if as at by for from in into
of off on onto out over to up with about above after again against all also am any are be been before being
below between both can could did do does down during each few further had has have having just more most
must now only other own same should some such too under until very was were will would shall may might
one two three four five six seven eight nine ten first second third last next new old big small great good
best top high low long early late former latest
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter today tomorrow
bill will mark grant frank chase hope faith joy rose iris jack pat sue don ray dawn art bob buck carol drew
gene guy jean rich victor penny miles max nick rob rod sage sky star stone tom ruby amber crystal heather
holly ivy daisy jade june august page price king queen prince duke earl baron knight bishop pope cardinal
lord lady sir dean chancellor president minister general major captain chief judge mayor governor senator
turkey chad china japan jersey guinea niger wales jordan victoria chile sweden denmark
apple orange lime lemon blackberry amazon shell total visa target gap next sky sun times mirror post star
guardian express independent economist herald globe tribune journal record standard observer telegraph
alliance union council party congress parliament senate house court army navy police government state
states nation nations republic kingdom empire church office bank fund group company corporation agency
committee commission assembly ministry department bureau board center centre institute foundation league
federation association society club team city town village county province region district island islands
river lake mountain sea ocean bay coast north south east west northern southern eastern western central
world global international national federal royal united american british european african asian
premier reform freedom liberty justice peace unity progress labour labor green greens conservative liberal
democrat democrats republican republicans socialist socialists communist communists people public
day week month year time news report story says said told say tell update live video photo photos watch
read more share follow home sport sports business politics opinion health science tech technology culture
travel style life weather markets money market economy energy oil gas power water food data media
war attack crisis deal talks summit election elections vote poll campaign protest strike trade tax
virgin diamond eagle falcon phoenix jaguar puma mustang cobra tiger lion bear bull wolf fox hawk raven
shell bp gap ford bush brown white black green gray grey young old little small long short hill hills wood
woods field fields church bell bird baker cook cooper smith taylor turner carter fisher hunter miller
mason porter walker ward wells west north may
according among amid despite instead meanwhile however although though while since because following
later earlier still yet even only already almost perhaps maybe indeed thus therefore hence moreover
furthermore nevertheless nonetheless otherwise overall finally eventually initially recently currently
yesterday tonight last nearly about around once twice many much several every another others both either
neither each let lets please thanks welcome breaking exclusive analysis comment editorial sign subscribe
click contact about privacy terms cookies advertisement sponsored related topics
ltd inc corp co plc llc gmbh ag sa nv bv spa pty lp
`;

// Words that stay ambiguous even when capitalised mid-sentence: months and days, modal verbs, first names
// that are words, function words ("But" is a French retailer; Reuters capitalises words after commas), company suffixes, and generic nouns newsrooms capitalise for an organisation named earlier ("the Alliance").
const AMBIGUOUS = `
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
will may shall bill mark grant frank chase hope faith joy rose pat sue don ray dawn art bob buck carol drew
gene guy jean rich victor penny miles max nick rob rod sage sky star stone ruby amber crystal heather holly
ivy daisy jade page price king queen prince duke earl baron knight bishop pope cardinal lord lady sir dean
chancellor president minister general major captain chief judge mayor governor senator
alliance union council party court army navy police government state nation republic kingdom empire
church office bank fund group company corporation agency committee commission assembly ministry department
bureau board center centre institute foundation league federation association society club team city town
village county province region district island islands river lake mountain sea ocean bay coast
north south east west northern southern eastern western central world global international national
federal royal united people public day week month year time news report story update live video photo top
more read share follow home opinion total target next best new first last
a an the this that these those it its he she we us they them our your my his her their i you me who whom
what which when where why how there here then than and or but nor not no yes so if as at by for from in into
of off on onto out over to up with about above after again against all also am any are be been before being
below between both can could did do does down during each few further had has have having just
according among amid despite instead meanwhile however although though while since because
ltd inc corp co plc llc gmbh ag sa nv bv spa pty lp
`;

function words(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((w) => w.length > 0));
}

export const COMMON_WORDS: ReadonlySet<string> = words(WORDS + AMBIGUOUS);
export const AMBIGUOUS_CAPITALS: ReadonlySet<string> = words(AMBIGUOUS);
