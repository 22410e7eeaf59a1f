import type { TestArticle } from "./types";

/** English dev set: the rules were tuned while looking at these articles and their extraction output. */
export const EN_DEV: TestArticle[] = [
  {
    id: "en-dev-vnp-149411",
    url: "https://betaen.vietnamplus.vn/vietnam-vows-to-join-aseans-cross-border-crime-prevention-framework-post149411.vnp",
    outlet: "VietnamPlus",
    published: null,
    language: "en",
    text: `Bangkok (VNA) – Deputy Minister of Public Security Sen. Lieut. Gen.Nguyen Van Thanh is leading a delegation to attend a high-level regionalconference themed “Synchronising Trade and Security Plans in Support of ASEAN2025” which kicked off in Bangkok on April 3.
The two-day event, jointly held by the Thaigovernment and the United Nations Office on Drugs and Crime (UNODC), has attractedthe participation of ministers and senior officials from ASEAN member statesand several dialogue partners who are expected to discuss issues related toborder management in order to handle important security challenges during the region’seconomic expansion process.
In his opening remarks, Thai Prime MinisterPrayut Chan-ocha stressed that over the past few years, Thailand and otherregional nations have detected many cases involving drug smuggling andcross-border crimes.
Therefore, a common strategy on borderprotection will help strengthen the stability and security of the region, thusfacilitating the development and border trade growth, he stated.
Participants agreed that with a totalpopulation of nearly 650 million, ASEAN is one of the largest economiccommunities in the world and that it has carried out a number of initiatives todevelop border trade.
However, these initiatives can createloopholes for illegal trading and trans-national crime activities, which poses achallenge for ASEAN and its members to build common strategies and mechanismsto solve the issue.
Speaking at the event, Thanh appreciatedthe organisation of the conference. He informed participants of Vietnam’sefforts to ensure security in border areas with ASEAN member states.
He said that cross-border crimes, includingthose related to drug and commodity smuggling, human trafficking, hightechnology, terrorism, and piracy, are threatening stability and trade,economic and investment development in the region in general and in Vietnam inparticular.`,
    statements: [
      { quote: "Thanh appreciatedthe organisation", speaker: "Nguyen Van Thanh" },
      { quote: "He informed participants", speaker: "Nguyen Van Thanh" },
      { quote: "He said that cross-border crimes", speaker: "Nguyen Van Thanh" },
    ],
    setAside: [
      { quote: "Prayut Chan-ocha stressed", reason: "foreign" },
      { quote: "he stated", reason: "foreign" },
      { quote: "Participants agreed", reason: "group" },
    ],
  },
  {
    id: "en-dev-vnp-46029",
    url: "https://en.vietnamplus.vn/asean-officials-deal-with-trans-national-crimes-post46029.vnp",
    outlet: "VietnamPlus",
    published: null,
    language: "en",
    text: `Further cooperation between ASEAN member nations and with their dialogue partners are needed in combating trans-national crimes involving drug and human trafficking, terrorism and high technologies for the sake of peace, stability and development in the region.
Vietnamese Deputy Minister of Public Security Lt. Gen. Le Quy Vuong made the statement at the opening session of the 13th ASEAN Senior Officials’ Meeting on Trans-national Crime (SOMTC) and related meetings in the central city of Da Nang on June 19.
Vietnam is committed to implementing statements on combating crimes issued at ASEAN Summits and SOMTCs to successfully realise the overall plan on building the ASEAN Political-Security Community and an ASEAN Community by 2015, he said.
Acting as a preparatory meeting serving the ASEAN Ministerial Meeting on Trans-national Crimes (AMMTC), this SOMTC focuses on how to combat terrorism and human trafficking.
Besides joint meetings, the heads of ASEAN delegations will share experience and ways to fight crimes in their countries and seek to boost collaboration in the area.
ASEAN groups Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam-VNA`,
    statements: [
      { quote: "Further cooperation between ASEAN member nations", speaker: "Le Quy Vuong" },
      { quote: "Le Quy Vuong made the statement", speaker: "Le Quy Vuong" },
      { quote: "Vietnam is committed to implementing statements", speaker: "Le Quy Vuong" },
    ],
    setAside: [],
  },
  {
    id: "en-dev-vns-813110",
    url: "https://vietnamnews.vn/politics-laws/813110/asean-ministers-gather-to-discuss-transnational-crime-fight.html",
    outlet: "Viet Nam News",
    published: "2020-11-27",
    language: "en",
    text: `ASEAN ministers gather to discuss transnational crime fight

November 27, 2020 - 08:07
The COVID-19 pandemic might have disrupted travel and trade, but the crime situation is as complex as ever, especially the rise in digital crimes and misinformation, Tô Lâm said.

Prime Minister Nguyễn Xuân Phúc speaks at the 14th ASEAN Ministerial Meeting on Transnational Crime held via videoconference in Hà Nội on Thursday. — VNA/VNS Photo Thống Nhất

HÀ NỘI — The 14th ASEAN Ministerial Meeting on Transnational Crime (AMMTC 14) was held via videoconference in Hà Nội on Thursday under the chair of the Vietnamese Ministry of Public Security (MPS).

In his remarks, Prime Minister Nguyễn Xuân Phúc noted that at the recent 37th ASEAN Summit, leaders of the member states agreed on many measures and major orientations for developing the ASEAN Community, with people always at the centre, and assisting people and businesses to soon overcome the COVID-19 pandemic’s impact, stabilise their lives, ensure social order, and recover economic growth.

In particular, the Political-Security Community is an important pillar building a united and strong ASEAN Community that can bring into play its stature and central role in regional security issues, he said.

Apart from the COVID-19 combat, regional countries have also had to deal with another “dangerous enemy” which is the growing transnational crime, he said, pointing out that anti-pandemic measures have led to stagnation in production and business activities and an increase in unemployment, which has triggered crimes, especially cyber crime.

PM Phúc highly valued the theme of the AMMTC 14, “Cohesive and responsive ASEAN in preventing and fighting transnational crime”, which reflects the strong commitment and resolve of the ASEAN ministers in charge of transnational crime prevention and control to contribute to the regional peace, security, and stability.`,
    statements: [
      { quote: "the crime situation is as complex as ever", speaker: "Tô Lâm" },
      { quote: "In his remarks, Prime Minister", speaker: "Nguyễn Xuân Phúc" },
      { quote: "the Political-Security Community is an important pillar", speaker: "Nguyễn Xuân Phúc" },
      { quote: "Apart from the COVID-19 combat", speaker: "Nguyễn Xuân Phúc" },
      { quote: "PM Phúc highly valued", speaker: "Nguyễn Xuân Phúc" },
    ],
    setAside: [],
  },
  {
    id: "en-dev-vnp-154250",
    url: "https://en.vietnamplus.vn/vietnam-well-positioned-to-fulfil-role-in-un-security-council-veteran-diplomat/154250.vnp",
    outlet: "VietnamPlus",
    published: "2019-06",
    language: "en",
    text: `A session of the UN Security Council in the US (Photo: VNA)

Hanoi (VNA) - With experience accumulated in multilateral external relations over the past decades, cooperation and support from other countries and its own efforts, Vietnam is well positioned to fulfil its role in the UN Security Commission (UNSC), said Ambassador Dinh Thi Minh Huyen, former director of the Foreign Ministry’s Department of International Organisations.

Talking to the press on Vietnam’s success in the election of non-permanent members of the UNSC on June 7, the Ambassador said the election’s result reflected the support and trust of UN member states for Vietnam, a country following an external policy of peace, independence and strong commitment to the UN’s principles and noble goals.

The success also demonstrated the sound external policy of the Party and the State, and the rising position and prestige of Vietnam on the international arena, she said, adding that it will create more favourable conditions for Vietnam to bring into play its role in the UN and other international organisations, towards the goal of maintaining a peaceful environment favourable for national construction and defence.

The diplomat stressed that in order to fulfil the mission mandated by UN member states, Vietnam must make the greatest efforts and the best preparations for the work in the UNSC. According to her, the country should study the UNSC agenda, keep itself updated on the developments of world issues, especially complicated matters, and consult other countries and international experts. Vietnam should also research and form ideas on what the country can do, she said.

Vietnam officially won the election to become a non-permanent member of the UNSC for 2020-2021 after getting 192 votes out of the 193 member countries and territories of the UN General Assembly.-VNA`,
    statements: [
      { quote: "Vietnam is well positioned to fulfil", speaker: "Dinh Thi Minh Huyen" },
      { quote: "the Ambassador said the election", speaker: "Dinh Thi Minh Huyen" },
      { quote: "The success also demonstrated", speaker: "Dinh Thi Minh Huyen" },
      { quote: "The diplomat stressed", speaker: "Dinh Thi Minh Huyen" },
      { quote: "According to her, the country", speaker: "Dinh Thi Minh Huyen" },
      { quote: "Vietnam should also research", speaker: "Dinh Thi Minh Huyen" },
    ],
    setAside: [],
  },
  {
    id: "en-dev-vnp-154019",
    url: "https://en.vietnamplus.vn/nearunanimous-approval-shows-vns-special-position-in-intl-community/154019.vnp",
    outlet: "VietnamPlus",
    published: "2019-06",
    language: "en",
    text: `Near-unanimous approval shows VN’s special position in int’l community hinh anh 1Deputy Foreign Minister Le Hoai Trung in an interview with the Vietnamese media after the election result was announced (Photo: VNA)

New York (VNA) – The support of up to 192 of the 193 United Nations member states for Vietnam to become a non-permanent member of the UN Security Council (UNSC) for 2020-2021 shows that the country has a “very special position in the heart of the international community”, said Deputy Foreign Minister Le Hoai Trung.

He made the remark in an interview with the Vietnam News Agency after the election result was announced on June 7.

Trung noted during the preparation process, Vietnam had expected to win a big number of votes, but only few people had thought of such a high result. This showed the international community’s high appreciation of Vietnam’s foreign policy of independence, self-reliance, peace and development, the country’s stature in the international arena, along with its reform achievements.

The UNSC is the most important organ of the UN that has the leading responsibility for maintaining global peace and security under the UN Charter. It is also the only UN organ with the power to make decisions about peace and security which members are obliged to follow, and those decisions directly affect countries.

Vietnam was a UNSC non-permanent member in 2008-2009. However, the world’s context is more complicated now, the official said, noting the Middle East’s situation, the differences between big countries, and the Asia-Pacific region where there exist many risks and challenges to peace and security that are bigger than those 10 years ago, when Vietnam served in this post for the first time.

The deputy minister also pointed out many advantages for the country, elaborating that peace and development are still the trend, and Vietnam has gained more experience.`,
    statements: [
      { quote: "The support of up to 192", speaker: "Le Hoai Trung" },
      { quote: "He made the remark", speaker: "Le Hoai Trung" },
      { quote: "Trung noted during the preparation", speaker: "Le Hoai Trung" },
      { quote: "the world’s context is more complicated now", speaker: "Le Hoai Trung" },
      { quote: "The deputy minister also pointed out", speaker: "Le Hoai Trung" },
    ],
    setAside: [],
  },
  {
    id: "en-dev-vnp-199409",
    url: "https://en.vietnamplus.vn/vietnam-aims-to-create-own-imprints-as-unsc-chair/199409.vnp",
    outlet: "VietnamPlus",
    published: "2021-04-01",
    language: "en",
    text: `Vietnam aims to create own imprints as UNSC Chair
Ambassador Dang Dinh Quy, head of the Vietnamese delegation to the UN, said Vietnam is looking to leave its imprints as the Chair of the United Nations Security Council in April through the Chair’s statements and resolutions built by Vietnam and other council member countries.
Talking to the Vietnam News Agency correspondents, Ambassador Quy said that Vietnam has both advantages and difficulties when assuming the post as the Council’s Chair next month.
He said One of the difficulties is the emergence of new complicated issues, for example those related to Myanmar, the Democratic People’s Republic of Korea, Yemen and Syria.
However, Vietnam has the advantage of being a non-permanent member of the UNSC for 15 months. With experience it has accumulated, the country’s cooperation inside and outside the council has been smoother and more effective. According to the ambassador, Vietnam has received great support from other countries in this tenure./.`,
    statements: [
      { quote: "head of the Vietnamese delegation to the UN, said", speaker: "Dang Dinh Quy" },
      { quote: "Ambassador Quy said that", speaker: "Dang Dinh Quy" },
      { quote: "He said One of the difficulties", speaker: "Dang Dinh Quy" },
      { quote: "Vietnam has the advantage of being", speaker: "Dang Dinh Quy" },
      { quote: "According to the ambassador", speaker: "Dang Dinh Quy" },
    ],
    setAside: [],
  },
  {
    id: "en-dev-voi-484570",
    url: "https://voi.id/en/berita/484570",
    outlet: "VOI",
    published: "2025-05-25",
    language: "en",
    text: `JAKARTA - ASEAN requires a strong and integrated collective response to face transnational crimes, said Indonesian Foreign Minister Sugiono on Sunday.

This was conveyed by Foreign Minister Sugino at the 29th ASEAN Political Security Community (APSC) Council Meeting in Kuala Lumpur, Malaysia on May 25, 2025.

In this meeting, Foreign Minister Sugiono appreciated the achievement of the 2025 APSC Blueprint implementation which has reached 99.6 percent. On the other hand, he emphasized the importance of ASEAN preparedness in responding to increasingly complex regional security challenges.

"In the future, we need to focus more on real threats such as transnational crimes. This is not only a security issue, but a serious threat to the process of establishing the ASEAN community itself," he explained, citing a statement from the Indonesian Ministry of Foreign Affairs, Sunday (25/5).

Foreign Minister Sugiono further encouraged the strengthening of cooperation between ASEAN state law enforcers, as an effort to eradicate transnational crimes more effectively, including through investigations, information sharing, mutual legal assistance, as well as the appointment of national focal points for coordinated communication and action.

"ASEAN requires a strong, integrated and oriented collective response to the protection of victims and effective law enforcement," said Foreign Minister Sugiono.`,
    statements: [],
    setAside: [
      { quote: "said Indonesian Foreign Minister Sugiono", reason: "foreign" },
      { quote: "he emphasized the importance", reason: "foreign" },
      { quote: "he explained, citing", reason: "foreign" },
      { quote: "oriented collective response", reason: "foreign" },
    ],
  },
];
