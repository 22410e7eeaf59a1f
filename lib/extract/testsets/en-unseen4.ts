/**
 * Fourth-round English held-out set (issue 14): 9 real articles on banking, tourism, labour, energy, health and the
 * diaspora (Vinachem's reprint of VNA, the State Bank of Vietnam's portal, a travel blog, VnEconomy English,
 * Vietdata's reprint of The Saigon Times, EIN Presswire's of Viet Nam News, Vietnam Times, TalkVietnam,
 * Vietnam Aujourd'hui; 2010-2025), outlets and topics in no earlier set, collected from the search corpus's stored
 * pages after every rule of the fourth round was written, and annotated in full before the extractor was run on
 * them. Each text is the stored excerpt's opening up to its last whole sentence. Measured once (16:44 UTC,
 * 2026-12-02, commit c130d07): recall 0.795 (31/39), explicit precision 1.0 (17/17), inferred 14/14, no set-aside
 * passage proposed; main (dadd27b) on the same set: 0.59 (23/39) / 1.0 (10/10).
 *
 * Annotation as in en-last.ts: every sentence with an attribution that reports what a Vietnamese official said,
 * with the speaker as the article names them; an uncued sentence only when a connective ("However", "Therefore",
 * "Specifically", "Additionally") marks it as continuing the speech; a headline that attributes a statement to a
 * named or titled official counts. Set aside: groups, institutions, unnamed private people, foreign people.
 */
import type { TestArticle } from "./types";

export const EN_UNSEEN4: TestArticle[] = [
  {
    id: "en-u4-vinachem-nguyen-dong-tien-2010",
    url: "https://vinachem.com.vn/content/news-vnc/state_bank_vows_to_slash_vnd_interest_rates.html",
    outlet: "Vinachem (VNA)",
    published: "2010-06-12",
    language: "en",
    text: `State Bank vows to slash VND interest rates

10:51 AM @ Saturday - 12 June, 2010
The State Bank of Vietnam (SBV) will continue reducing deposit andlending interest rates in VND to around 10 percent and 12 percent perannum, respectively, said Deputy Governor Nguyen Dong Tien.

At a working session between the SBV, the Vietnam BankingAssociation and commercial banks’ general directors in Hanoi on June11, Tien said that the SBV will flexibly use monetary policies toassist commercial banks in cutting the interest rates and increasingliquidity for the economy.

Commercial banks’executives said they agreed with the Government’s policy on interestrates and were actively implementing this policy.

They also expressed their belief in the success of the policy given themacro-economic stability, the Government’s drastic instructions and theSBV’s assistance./.`,
    statements: [
      {
        quote: "The State Bank of Vietnam (SBV) will continue reducing deposit",
        speaker: "Nguyen Dong Tien",
      },
      { quote: "Tien said that the SBV will flexibly use monetary policies", speaker: "Nguyen Dong Tien" },
    ],
    setAside: [
      { quote: "State Bank vows to slash VND interest rates", reason: "group" },
      { quote: "Commercial banks’executives said they agreed", reason: "group" },
      { quote: "They also expressed their belief in the success", reason: "group" },
    ],
  },
  {
    id: "en-u4-sbv-nguyen-thi-hong-2025",
    url: "https://sbv.gov.vn/w/sbv638416",
    outlet: "State Bank of Vietnam portal",
    published: "2025-06-19",
    language: "en",
    text: `In the morning of June 19, 2025, Governor Nguyen Thi Hong of the State Bank of Vietnam (SBV) joined the answering session to a number of questions raised by the National Assembly (NA) Deputies related to the macro-economic policy management, emphasizing the role of the banking sector in the promoting the economic growth, and the 2% interest rate support program.
SBV Governor Nguyen Thi Hong
From the perspective of a macroeconomic policymaking agency, SBV Governor Nguyen Thi Hong said that, after 40 years of renovation, Vietnam's economy has achieved many significant achievements. However, there are still several challenges and limitations, and therefore, it is necessary to assess, review and renew the economic growth drivers.
Regarding the investment drivers, according to the SBV Governor, Vietnam’s economic growth relies significantly on capital resources, but the efficiency of capital utilization is not as good as desired, which is reflected in the very high Incremental Capital-Output Ratio (ICOR) of Vietnam. Therefore, it is necessary to work out possible solutions to enhance the efficiency of capital utilization.
“Vietnam has attracted a lot of foreign investment, especially FDI. However, we have not fully leveraged these capital flows, technology transfers, management skills. Therefore, it is necessary to innovate the FDI attraction strategy in the coming period, focusing on technology transfers, enhancing the management skills, and linking more strongly with the domestic economy,” the Governor emphasized.
Regarding consumption and export drivers, the Governor said that Vietnam's economic growth relies heavily on exports, and is therefore easily affected by the global macroeconomic and currency fluctuations. Therefore, it is necessary to strengthen the driving force from the domestic consumption.`,
    statements: [
      { quote: "emphasizing the role of the banking sector in the promoting", speaker: "Nguyen Thi Hong" },
      { quote: "after 40 years of renovation, Vietnam's economy has achieved", speaker: "Nguyen Thi Hong" },
      { quote: "However, there are still several challenges and limitations", speaker: "Nguyen Thi Hong" },
      {
        quote: "Vietnam’s economic growth relies significantly on capital resources",
        speaker: "Nguyen Thi Hong",
      },
      { quote: "Therefore, it is necessary to work out possible solutions", speaker: "Nguyen Thi Hong" },
      {
        quote: "Vietnam has attracted a lot of foreign investment, especially FDI",
        speaker: "Nguyen Thi Hong",
      },
      { quote: "Vietnam's economic growth relies heavily on exports", speaker: "Nguyen Thi Hong" },
      { quote: "Therefore, it is necessary to strengthen the driving force", speaker: "Nguyen Thi Hong" },
    ],
    setAside: [],
  },
  {
    id: "en-u4-holidaytravel-nguyen-ngoc-thien-2017",
    url: "https://theholidayandtravelmagazine.blogspot.com/2017/01/viet-nam-welcomes-ten-millionth.html",
    outlet: "The Holiday and Travel Magazine (blog)",
    published: "2017-01-10",
    language: "en",
    text: `Tuesday, 10 January 2017

Viet Nam welcomes the ten-millionth international tourist in 2016

On 25 December, Mr. Michael Tonge from the UK, the ten-millionth international tourist to Viet Nam in 2016, arrived at Phu Quoc International Airport, in Kien Giang Province.

This is the first time Viet Nam has recorded 10 million international tourist arrivals in a year, some 2 million arrivals higher than the number of 2015.

In his speech, Mr. Nguyen Ngoc Thien – Minister of Culture, Sports and Tourism emphasized that European tourists to Viet Nam in 2016 grew 20% over last year, being crucial to the significant growth of Viet Nam tourism this year. Welcoming the special tourist to Viet Nam, the minister affirmed that Viet Nam always facilitate international travel to Viet Nam and has been trying to improve the quality of tourism services, ensure food safety and hygiene, provide a safe and secure environment for visitors. He also informed that from 1 February 2017, Viet Nam will pilot e-visa for foreigners to the country. The policy is expected to lure more international tourists to Viet Nam.

Being impressed by the warm welcome of the Vietnamese hosts, Mr. Michael Tonge said Viet Nam with breathtaking natural landscape and fascinating beaches, hospitable people, unique culture and delicious gastronomy is absolutely an attractive destination for British and European people. He will tell this unforgettable experience to his relatives and friends and encourage them to visit Viet Nam.

No comments:

Post a Comment`,
    statements: [
      { quote: "European tourists to Viet Nam in 2016 grew 20%", speaker: "Nguyen Ngoc Thien" },
      { quote: "the minister affirmed that Viet Nam always facilitate", speaker: "Nguyen Ngoc Thien" },
      { quote: "He also informed that from 1 February 2017", speaker: "Nguyen Ngoc Thien" },
    ],
    setAside: [{ quote: "Mr. Michael Tonge said Viet Nam with breathtaking", reason: "foreign" }],
  },
  {
    id: "en-u4-vneconomy-labor-market-tag",
    url: "https://en.vneconomy.vn/tag/labor-market?trang=2",
    outlet: "VnEconomy English (tag page)",
    published: null,
    language: "en",
    text: `Fields with major demand for workers include electronic manufacturing, garments and textiles, plastics production, construction, mechanics and welding, and sales and cashiers.
Minister of Labor, Invalids and Social Affairs Dao Ngoc Dung talks to VnEconomy / Vietnam Economic Times about measures to develop the country’s labor market.
The Ministry of Labor, Invalids and Social Affairs believes that labor markets both domestically and internationally will recover quickly. It has been forecast that many occupations will see recruitment accelerated during the last quarter of the year. The Ministry will balance the country’s workforce and those heading abroad in a way that is most beneficial to workers.
Along with strong GDP growth in the third quarter of 2022, Vietnam’s labor market has also witnessed more “bright spots”, with the number of employed people increasing by more than 255,000 quarter-on-quarter and 3.5 million people year-on-year. The average income of workers in processing and manufacturing and accommodation services is seeing high growth, showing that key economic sectors have recovered strongly.
Speaking at the “Development of a flexible, modern, sustainable and integrated labor market” conference on August 20, Prime Minister Pham Minh Chinh emphasized the importance of workers within the economy. Breakthroughs are needed to attract high-quality human resources, he went on, such as reforming wages, creating a good working environment, and comprehensively renovating the training and vocational education system.
According to Minister of Labor, Invalids and Social Affairs Dao Ngoc Dung, Vietnam’s labor market is experiencing a partial imbalance in supply and demand as well as uneven development due to an excess of under-qualified and low-skilled workers and a shortage of high-quality human resources. If the latter is not improved, Vietnam will gradually lose its appeal among foreign investors.`,
    statements: [
      { quote: "Pham Minh Chinh emphasized the importance of workers", speaker: "Pham Minh Chinh" },
      {
        quote: "Breakthroughs are needed to attract high-quality human resources",
        speaker: "Pham Minh Chinh",
      },
      { quote: "Vietnam’s labor market is experiencing a partial imbalance", speaker: "Dao Ngoc Dung" },
    ],
    setAside: [{ quote: "The Ministry of Labor, Invalids and Social Affairs believes", reason: "group" }],
  },
  {
    id: "en-u4-vietdata-vo-van-thuong-2023",
    url: "https://www.vietdata.vn/post/president-vo-van-thuong-affirmed-would-conduct-a-comprehensive-inspection-of-the-electricity-sector",
    outlet: "Vietdata (The Saigon Times)",
    published: "2023-06-29",
    language: "en",
    text: `top of page

President Vo Van Thuong affirmed would conduct a comprehensive inspection of the electricity sector

President Vo Van Thuong has confirmed that a comprehensive inspection of the electricity sector will be conducted with utmost seriousness.

President Thuong, along with a delegation of National Assembly (NA) deputies from Danang City, met with local voters yesterday, June 28, to discuss the outcomes of the 15th NA’s fifth sitting and address their concerns and petitions.

During the meeting, a voter expressed worries about the 3% increase in electricity prices since May and called for a thorough inspection of Vietnam Electricity Group’s (EVN) electricity supply.

The voter suggested that the Ministry of Industry and Trade should not be responsible for doing the inspection since EVN falls under their authority.

In response, President Thuong outlined two approaches for the inspection.

The first approach focuses on examining the policies and responsibilities of the Ministry of Industry and Trade. The second approach involves inspecting EVN’s electricity supply, with the Ministry of Industry and Trade being entrusted to carry out this inspection.

The President emphasized, “If the ministry fails to fulfill its duties diligently, it will face another inspection.”

Following the Prime Minister’s direction, the Ministry of Industry and Trade previously formed a team to inspect EVN’s electricity supply from 2021 until June of this year.

This decision was prompted by severe electricity shortages and the heightened risk of power cuts in the northern region during the daytime.

(The Saigon Times)


bottom of page`,
    statements: [
      {
        quote: "President Vo Van Thuong affirmed would conduct a comprehensive inspection",
        speaker: "Vo Van Thuong",
      },
      {
        quote: "President Vo Van Thuong has confirmed that a comprehensive inspection",
        speaker: "Vo Van Thuong",
      },
      { quote: "President Thuong outlined two approaches", speaker: "Vo Van Thuong" },
      { quote: "If the ministry fails to fulfill its duties diligently", speaker: "Vo Van Thuong" },
    ],
    setAside: [
      { quote: "a voter expressed worries about the 3% increase", reason: "no_speaker" },
      { quote: "The voter suggested that the Ministry", reason: "no_speaker" },
    ],
  },
  {
    id: "en-u4-einpresswire-pham-minh-chinh-power-2023",
    url: "https://www.einpresswire.com/article/654055338/pm-urges-efforts-to-ensure-power-petroleum-supply",
    outlet: "EIN Presswire (Viet Nam News)",
    published: "2023-09-06",
    language: "en",
    text: `VIETNAM, September 6 -

HÀ NỘI — Prime Minister Phạm Minh Chính has signed an official telegram to relevant ministries and agencies asking for efforts to ensure adequate power and petroleum supply.

Stressing that ensuring energy security was a fundamental factor and an important premise for socio-economic development, the Prime Minister asked the Ministry of Industry and Trade, the Commission for Management of State Capital at Enterprises (CMSC), Việt Nam Electricity (EVN), Vietnam Oil and Gas Group (PVN), Vietnam National Coal – Mineral Industries Holding Corporation Limited (TKV) and Vietnam National Petroleum Group (Petrolimex) to enhance accountability and coordination for effective implementation of solutions to ensure energy security.

The telegram was promulgated after some disruptions in energy supplies, including the partial power shortage in the North in the dry season of 2023 and the petroleum shortage in some localities at the end of 2022.

Specifically, the Ministry of Industry and Trade must urgently complete the plan to ensure electricity supply for production, business, and daily life in the remaining months of this year and next year. Power shortages must not be allowed under any circumstances, the Prime Minister said.

The investment in the 500kW power grid from Quảng Trạch, Quảng Bình to Phố Nối, Hưng Yên must be sped up to start construction in September.

Additionally, mechanisms to encourage rooftop solar power must be completed and submitted for consideration promptly. Supervision of the operation of the National Load Dispatch Centre must also be enhanced.`,
    statements: [
      {
        quote: "asking for efforts to ensure adequate power and petroleum supply",
        speaker: "Phạm Minh Chính",
      },
      {
        quote: "Stressing that ensuring energy security was a fundamental factor",
        speaker: "Phạm Minh Chính",
      },
      {
        quote: "Specifically, the Ministry of Industry and Trade must urgently complete",
        speaker: "Phạm Minh Chính",
      },
      { quote: "Power shortages must not be allowed under any circumstances", speaker: "Phạm Minh Chính" },
      { quote: "Additionally, mechanisms to encourage rooftop solar power", speaker: "Phạm Minh Chính" },
    ],
    setAside: [],
  },
  {
    id: "en-u4-vietnamtimes-pham-viet-chien-2020",
    url: "https://vietnamtimes.org.vn/overseas-vietnamese-in-bangladesh-establishes-liaison-board-25787.html",
    outlet: "Vietnam Times",
    published: "2020-11-11",
    language: "en",
    text: `Overseas Vietnamese in Bangladesh establishes Liaison board

The board will help promote the image of Vietnamese people among Bangladeshi, contributing to the two countries’ relations.
November 11, 2020 | 15:13
overseas vietnamese association in macao makes debut Overseas Vietnamese Association in Macao makes debut
six vietnamese killed in traffic accident cambodia Six Vietnamese killed in traffic accident in Cambodia
vietnam plans to utilize overseas markets boost eu export Vietnam plans to utilize overseas markets to boost EU export
Overseas vietnamese in bangladesh establishes community liaison board
Vietnamese Ambassador to Bangladesh Pham Viet Chien (R) presents the congratulation bouquet to the newly-debuted liaison board for the Vietnamese community in Bangladesh. Source: baoquocte.vn

A liaison board for the Vietnamese community in Bangladesh has made its debut on November 6, VNA reported.

The board includes five members representing five groups of Vietnamese citizens in the South Asian country: settlers, entrepreneurs, those working under contracts with companies and projects, and students.

It is headed by Do Van Trong, a businessman who has worked in the Bangladeshi market for years, and had prestige in the community.

Speaking at the event, Vietnamese Ambassador to Bangladesh Pham Viet Chien expressed his belief that the liaison board will work effectively, and play an important role in connecting the Vietnamese community and promoting the image of the Vietnamese nation, people and culture in Bangladesh.

He proposed the board pay attention to educating young generations on maintaining cultural identities of Vietnam.

Although the number of Vietnamese living in Bangladesh have been more modest than in many other countries, the board is essential to facilitate information exchange among the Vietnamese community there.`,
    statements: [
      { quote: "Pham Viet Chien expressed his belief that the liaison board", speaker: "Pham Viet Chien" },
      { quote: "He proposed the board pay attention to educating", speaker: "Pham Viet Chien" },
    ],
    setAside: [],
  },
  {
    id: "en-u4-talkvietnam-do-xuan-tuyen-2021",
    url: "https://www.talkvietnam.org/2021/08/ministry-of-health-urges-coronavirus-vaccination-progress/",
    outlet: "TalkVietnam (Viet Nam News)",
    published: "2021-08-10",
    language: "en",
    text: `Deputy Minister of Health Đỗ Xuân Tuyên (centre) gives instructions at the conference. — Photo suckhoedoisong.vn

HÀ NỘI — If provinces and cities implement the coronavirus vaccination slowly and fail to use all of their allocated vaccines by Sunday, the Ministry of Health (MoH) will consider moving the vaccine to other localities, according to Deputy Minister of Health Đỗ Xuân Tuyên.

Tuyên said at an online conference on Monday the MoH had been active in accessing vaccine sources to bring the vaccine to Việt Nam as soon as possible.

The MoH has distributed over 18 million doses to institutes and localities so far. However, reports and assessment of the National Immunisation Steering Committee showed that some localities had conducted the vaccination slowly, such as Đồng Nai, Tây Ninh, Trà Vinh, Bình Dương, Hậu Giang, Bà Rịa Vũng Tàu, Tiền Giang and Thanh Hoá.

He asked localities to speed up the vaccination progress to reach herd immunity.

Localities that have not approved an overall plan for immunisation must complete the plan by Sunday.

Tuyên noted that localities must organise as many vaccination areas as possible, and use all allocated vaccines as quickly as possible to avoid several localities receiving thousands of doses but not completing injections for a full week.

“For example, if a locality receives less than 100,000 doses, the injection must be completed in three days. After three days, the injection is late and the MoH will announce it on mass media,” said Tuyên.

Provincial and municipal people's committees must assign an official to be in charge of the vaccination, and give punishments for any violations.

The deputy minister also asked localities to report injection rates on the immunisation portal twice a day.`,
    statements: [
      { quote: "the Ministry of Health (MoH) will consider moving the vaccine", speaker: "Đỗ Xuân Tuyên" },
      { quote: "Tuyên said at an online conference on Monday", speaker: "Đỗ Xuân Tuyên" },
      { quote: "He asked localities to speed up the vaccination progress", speaker: "Đỗ Xuân Tuyên" },
      { quote: "Tuyên noted that localities must organise", speaker: "Đỗ Xuân Tuyên" },
      { quote: "if a locality receives less than 100,000 doses", speaker: "Đỗ Xuân Tuyên" },
      { quote: "The deputy minister also asked localities to report", speaker: "Đỗ Xuân Tuyên" },
    ],
    setAside: [],
  },
  {
    id: "en-u4-vietnamaujourdhui-trinh-huu-hung-2021",
    url: "https://vietnam-aujourdhui.info/2021/11/18/provinces-blame-low-vaccination-rates-on-low-vaccine-supply/",
    outlet: "Vietnam Aujourd'hui",
    published: "2021-11-18",
    language: "en",
    text: `Vietnam News

Provinces blame low vaccination rates on low vaccine supply

Print Friendly, PDF & Email

While the health ministry has complained about low vaccination rates in certain localities, local authorities say the problem is actually a lack of distributed doses.

In a November 14 document, the Ministry of Health said that around 18 million distributed vaccine doses remained unused. Over 5.2 million of these doses were in the north and 8.2 million doses in the south, the ministry said.

The localities with high numbers of unused vaccine doses included Hanoi with 760,000, Thanh Hoa with 639,000, Nghe An with 910,000, Ho Chi Minh City with 506,000 and An Giang with 1.2 million doses.

As of Wednesday morning, data published on the Covid-19 vaccination portal showed that Hanoi has around 177,899 unused vaccine doses, HCMC, 290,300 and Thanh Hoa, 44,193. Nghe An had used up every vaccine dose it had received.

Trinh Huu Hung, director of the Thanh Hoa Department of Health, rejected the health ministry’s claim that the province was slow in vaccinating its residents.

Hung said the 639,000 unused vaccine doses in Thanh Hoa cited by the ministry was “inaccurate.”

“We haven’t received those 639,000 doses,” he said, adding that it would take a few days before the doses would actually arrive, and some more time before the people could receive them.

“If it’s quick, maybe three days. Maybe it would take an entire week for us to receive the doses, and another 3-5 days to use them up,” Hung said.

Hung added that some Covid-19 vaccines require both shots to be of the same type, like the Abdala vaccine produced by Cuba. As such, spare doses would need to be stored for being given as second or third shots, as needed, Hung said.`,
    statements: [
      { quote: "rejected the health ministry’s claim that the province was slow", speaker: "Trinh Huu Hung" },
      { quote: "Hung said the 639,000 unused vaccine doses", speaker: "Trinh Huu Hung" },
      { quote: "We haven’t received those 639,000 doses", speaker: "Trinh Huu Hung" },
      { quote: "If it’s quick, maybe three days", speaker: "Trinh Huu Hung" },
      { quote: "Hung added that some Covid-19 vaccines require both shots", speaker: "Trinh Huu Hung" },
      { quote: "spare doses would need to be stored", speaker: "Trinh Huu Hung" },
    ],
    setAside: [
      { quote: "local authorities say the problem is actually a lack", reason: "group" },
      { quote: "the Ministry of Health said that around 18 million", reason: "group" },
      { quote: "Over 5.2 million of these doses were in the north", reason: "group" },
    ],
  },
];
