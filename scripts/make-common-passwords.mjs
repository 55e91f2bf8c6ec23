#!/usr/bin/env node
// Writes lib/auth/common-passwords.txt: passwords of 12 to 128 characters that attackers try
// first. This machine has no internet, so the list is NOT copied from a breach corpus; it is
// composed from the patterns that dominate the public lists (SecLists' most-common lists, the
// NCSC's "100,000 most breached" list, Have I Been Pwned's top hits) as remembered: the best-known
// short passwords lengthened the ways people lengthen them (digit runs, years, "!", doubling),
// keyboard walks, digit runs, and common phrases, names, football clubs and pop-culture words.
// Re-run with `node scripts/make-common-passwords.mjs` after changing it. A deployment that can
// download a breach-derived list should replace the file with one (same format: one a line).
import { writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const MIN = 12;
const MAX = 128;

// The best-known short passwords and words, roughly most common first.
const bases = `password passw0rd p@ssword p@ssw0rd pass qwerty qwertyuiop qwerty123 abc123 abcdef
letmein welcome iloveyou monkey dragon master shadow sunshine princess football baseball
soccer hockey basketball superman batman spiderman trustno1 michael jordan jennifer hunter
buster harley tigger charlie robert thomas daniel andrew george joshua matthew jessica
ashley amanda nicole michelle chelsea liverpool arsenal tottenham everton rangers celtic
starwars pokemon naruto freedom whatever computer internet login admin administrator
changeme secret default guest access mustang ferrari porsche yankees cowboys eagles
lakers killer pepper maggie ginger cheese summer winter spring autumn london england
scotland wales britain manchester birmingham liverpool1 sheffield leeds newcastle
hello hellokitty flower lovely angel angels babygirl butterfly cookie banana chocolate
purple orange yellow silver golden diamond crystal rainbow family friends forever
loveyou iloveu jesus christ heaven blessed god1st qazwsx zxcvbnm asdfgh asdfghjkl
1qaz2wsx zaq12wsx 1q2w3e4r q1w2e3r4 aaaaaa abcd1234 letmein1 monkey1 dragon1 master1
matrix thunder taylor austin dallas boston chicago phoenix samsung apple google
facebook youtube twitter instagram microsoft windows linux ubuntu oracle mysql
test testing tester demo sample example company office work business manager
security secure private personal mypassword yourpassword newpassword oldpassword
nopassword temppassword temp temporary welcome1 hello123 summer2024 winter2024
cricket rugby tennis golf chelsea1 arsenal1 united city rovers wanderers athletic
mickey minnie donald pluto simba nemo elsa frozen disney marvel avengers ironman
hulk thor captain wolverine pikachu mario zelda minecraft fortnite roblox
harrypotter hogwarts gandalf frodo matrix1 terminator rocky rambo titanic
september october november december january february march april june july august
monday tuesday wednesday thursday friday saturday sunday
one two three four five six seven eight nine ten`
  .split(/\s+/)
  .filter(Boolean);

// Phrases and long words that are common passwords on their own.
const phrases = `iloveyou iloveyousomuch iloveyouforever iloveyoubaby iloveyoutoo iloveme
iloveyoumore iloveyouall iloveyoumum iloveyoudad iloveyoumom iloveyougod iloveyoujesus
letmeinplease letmein123 opensesame trustnoone trustno1trustno1 whateverwhatever
thequickbrownfox thequickbrownfoxjumpsoverthelazydog correcthorsebatterystaple
passwordpassword password1password1 qwertyqwerty abcabcabcabc abcdefghijkl
abcdefghijklmnopqrstuvwxyz administrator administrator1 administrator123 changemenow
changemeplease pleasechangeme defaultpassword passwordreset resetpassword
mypasswordis mysecretpassword supersecret supersecretpassword topsecret topsecret123
verysecret verysecurepassword securepassword strongpassword strongpassword1
mynameis youwillneverguess nobodyknows noneofyourbusiness whatsthepassword
manchesterunited manchestercity manutd1878 liverpoolfc liverpoolfc1892 arsenalfc
arsenalfc1886 chelseafc chelseafc1905 tottenhamhotspur spurs1882 newcastleunited
leedsunited astonvilla westhamunited westham1895 evertonfc evertonfc1878
nottinghamforest derbycounty leicestercity wolverhampton wolverhamptonwanderers
sheffieldunited sheffieldwednesday crystalpalace southampton brightonandhove
celticfc1888 rangersfc1872 glasgowrangers glasgowceltic realmadrid barcelona
bayernmunich juventus acmilan intermilan borussiadortmund parissaintgermain
ynwa ynwa1892 youllneverwalkalone gloryglorymanunited comeonyouspurs
harrypotter harrypotter1 hermionegranger voldemort lordoftherings thelordoftherings
starwars1 darthvader lukeskywalker maytheforcebewithyou obiwankenobi millenniumfalcon
gameofthrones winteriscoming breakingbad walterwhite doctorwho sherlockholmes
spongebob spongebobsquarepants teenagemutantninjaturtles powerrangers
blink182 linkinpark metallica nirvana greenday coldplay onedirection
onedirection1 justinbieber taylorswift beyonce eminem slimshady
chocolatecake chocolate123 cheeseburger pizzapizza icecream bubblegum
sunshine123 rainbow123 butterfly123 princess123 babygirl123 sweetheart lovebug
happybirthday happydays goodmorning goodnight helloworld hellothere hithere
welcometomyworld welcomehome homesweethome mydog mycat mybaby mylove myfamily
godisgood godisgreat jesuslovesme jesusislord jesuschrist blessedbeyond
qwertyuiopasdfghjkl qwertyuiopasdfghjklzxcvbnm asdfghjklqwertyuiop zxcvbnmasdfghjkl
1qaz2wsx3edc 1qaz2wsx3edc4rfv 1qaz2wsx3edc4rfv5tgb zaq12wsxcde3 zaq1zaq1zaq1
1q2w3e4r5t6y 1q2w3e4r5t6y7u8i 1q2w3e4r5t6y7u8i9o0p q1w2e3r4t5y6 q1w2e3r4t5y6u7i8
qazwsxedcrfv qazwsxedcrfvtgb qazwsxedcrfvtgbyhn !qaz@wsx#edc !qaz2wsx#edc4rfv
qweasdzxc123 qweasdzxcqwe qwe123qwe123 asd123asd123 zxc123zxc123 qwertyuiop123
poiuytrewq poiuytrewqasdf lkjhgfdsa mnbvcxz qwertyuiop[] asdfghjkl;' 1234qwerasdfzxcv
qwerasdfzxcv asdfjklasdfjkl asdfjkl;asdfjkl; qazxswedcvfr zxcvbnm123456 zxcvbnmasdfgh
123456789012 1234567890123 12345678901234 123456789012345 1234567890qwerty
098765432109 0987654321qwerty 987654321098 111111111111 000000000000 222222222222
123123123123 123412341234 121212121212 112233445566 111222333444 123321123321
147258369147 159357159357 741852963741 963852741963 123456654321 654321654321
147852369147 258456258456 135792468013 246813579246 102030405060 010203040506
aaaaaaaaaaaa abababababab abcabcabcabc qqqqqqqqqqqq zzzzzzzzzzzz xxxxxxxxxxxx
iamthebest iamthegreatest iamawesome imthebest youaremysunshine lovemeforever
neverforget neversaydie nevergiveup justdoit justdoitnike carpediem yolo yoloswag
letsgo letsgetit loveislove peaceandlove peacelovehappiness liveloughlove livelaughlove
modernslavery humantrafficking partnership partnership123 safeguarding safeguarding1
nationalhealthservice metropolitanpolice policeofficer constable detective
unitedkingdom greatbritain englandfootball threelions itscominghome footballscominghome`
  .split(/\s+/)
  .filter(Boolean);

const digitRuns = [
  "1",
  "12",
  "123",
  "1234",
  "12345",
  "123456",
  "1234567",
  "12345678",
  "123456789",
  "1234567890",
  "0",
  "00",
  "01",
  "007",
  "69",
  "99",
  "11",
  "111",
  "1111",
  "321",
  "4321",
  "54321",
  "654321",
  "2",
  "3",
  "7",
  "13",
  "22",
  "23",
  "69",
];
const years = [];
for (let y = 1960; y <= 2030; y++) years.push(String(y));
const symbols = ["", "!", "!!", "?", ".", "@", "#", "$", "*", "!!!", "123!", "1!"];

const out = new Set();
const add = (s) => {
  if (s.length >= MIN && s.length <= MAX) out.add(s.toLowerCase());
};

for (const p of phrases) {
  add(p);
  for (const d of digitRuns.slice(0, 6)) add(p + d);
  for (const s of symbols.slice(1, 4)) add(p + s);
  for (const y of years.filter((y) => y >= "2015")) add(p + y);
}
for (const [i, b] of bases.entries()) {
  const top = i < 60; // the most common bases also get birth years and more symbols
  add(b + b);
  add(b + b + b);
  add(b + "-" + b);
  for (const d of digitRuns) {
    add(b + d);
    add(b + d + "!");
  }
  for (const y of years.filter((y) => y >= (top ? "1970" : "2015"))) {
    add(b + y);
    if (top) add(b + y + "!");
  }
}
// Keyboard walks and runs: every prefix long enough to be allowed.
const walks = [
  "qwertyuiopasdfghjklzxcvbnm",
  "qwertyuiop[]asdfghjkl;'zxcvbnm,./",
  "1234567890qwertyuiopasdfghjkl",
  "1234567890-=qwertyuiop",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
  "1q2w3e4r5t6y7u8i9o0p",
  "q1w2e3r4t5y6u7i8o9p0",
  "qazwsxedcrfvtgbyhnujmikolp",
  "zaq12wsxcde34rfvbgt56yhnmju78ik,",
  "!qaz@wsx#edc$rfv%tgb",
  "abcdefghijklmnopqrstuvwxyz",
  "zyxwvutsrqponmlkjihgfedcba",
  "12345678901234567890",
  "09876543210987654321",
  "11223344556677889900",
  "asdfghjklasdfghjkl",
  "zxcvbnmzxcvbnm",
  "mnbvcxzlkjhgfdsapoiuytrewq",
];
for (const w of walks) for (let n = MIN; n <= w.length; n++) add(w.slice(0, n));

// "password" in every common disguise, lengthened.
const disguises = [
  "password",
  "passw0rd",
  "p@ssword",
  "p@ssw0rd",
  "pa55word",
  "pa55w0rd",
  "passwd",
  "pword",
  "passcode",
];
for (const w of disguises) {
  for (const pre of [
    "",
    "my",
    "new",
    "the",
    "secret",
    "super",
    "admin",
    "user",
    "test",
    "temp",
    "default",
    "strong",
    "secure",
  ]) {
    for (const suf of ["", ...digitRuns.slice(0, 10), ...years.filter((y) => y >= "2015"), "!", "123!", "1!"])
      add(pre + w + suf);
  }
}

const header = `# Common passwords of 12 to 128 characters, one a line, lower case; lines starting with # are
# comments. Generated by scripts/make-common-passwords.mjs (see there for how it was composed:
# from well-known patterns, not copied from a breach corpus, since it was built offline).
# lib/auth/common-passwords.ts also folds case, separators and look-alike digits before comparing.
`;
const lines = [...out].sort();
writeFileSync(path.join(root, "lib", "auth", "common-passwords.txt"), header + lines.join("\n") + "\n");
console.log(`${lines.length} passwords written`);
