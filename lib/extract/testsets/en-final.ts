/**
 * Final English held-out set (issue 14, end of the third round): 7 real articles (VietnamPlus 2013-2021 and a
 * mirror, Hanoi Times, SGGP News, VTV English, the Government portal; 2009-2021; health, investment and diplomacy),
 * collected from the search corpus's stored pages after every rule of the third round was written (en-fresh.ts
 * was studied, so it is a dev set), annotated before the extractor was run on them, and measured once (recall
 * 0.75, 30/40; explicit precision 1.0, 10/10; inferred 16/19; two passages of a foreign official proposed; main
 * before the third round: 0.725 / 1.0): the honest figure for unseen English articles (docs/import.md).
 * Annotation as in en-fresh.ts.
 */
import type { TestArticle } from "./types";

export const EN_FINAL: TestArticle[] = [
  {
    id: "en-fi-vietnamplus-nguyen-thi-kim-tien-online",
    url: "https://en.vietnamplus.vn/health-minister-chairs-online-talks-with-citizens/33702.vnp",
    outlet: "VietnamPlus",
    published: null,
    language: "en",
    text: `Health Minister Nguyen Thi Kim Tien and officials of relevant departments chaired an online talk via the government website to answer the public’s queries on Jan. 7.

The talk which lasted for almost two hours focused on hospital overload, the reform of financial mechanism for public health establishments, hospital fees, health insurance and health workers’ expertise and ethics.

Citizens voiced their concern over health workers’ responsibility, “under the table” practice pharmaceutical business at hospitals and preventive medicine development.

The Minister said UN considers health indexes of the UN Millennium Development Goals that Vietnam recorded, especially the expansion of health network from central to local scale, as a bright spot.

Vietnam has made achievements in cardiovascular intervention, vaccine production and organ transplant, she said.
However, she said, overload at cardiovascular, cancer and paediatrics departments in Hanoi and Ho Chi Minh City ’s hospitals is a problem facing the sector.

Patient overload is serious in the country where the bed rate stands at only 20.5 per 10,000 people. The rate under the World Health Organisation's standard is at least 33/10,000 people, she said.

She noted that in the future the ministry will increase the number of beds, open more hospitals, reinforcing grassroots health systems and the network of family doctors and increase medical staff./.`,
    statements: [
      { quote: "UN considers health indexes of the UN Millennium", speaker: "Nguyen Thi Kim Tien" },
      {
        quote: "Vietnam has made achievements in cardiovascular intervention",
        speaker: "Nguyen Thi Kim Tien",
      },
      { quote: "overload at cardiovascular, cancer and paediatrics", speaker: "Nguyen Thi Kim Tien" },
      { quote: "The rate under the World Health Organisation's standard", speaker: "Nguyen Thi Kim Tien" },
      { quote: "She noted that in the future the ministry will increase", speaker: "Nguyen Thi Kim Tien" },
    ],
    setAside: [{ quote: "Citizens voiced their concern", reason: "group" }],
  },
  {
    id: "en-fi-hanoitimes-nguyen-thi-kim-tien-2015",
    url: "https://hanoitimes.vn/health-minister-promises-to-improve-health-sector-16453.html",
    outlet: "Hanoi Times",
    published: "2015-02-28",
    language: "en",
    text: `12th Vietnam-France decentrialized cooperation conference 31st Sea Games - Vietnam 2021 Covid-19 Pandemic
Feb 28, 2015 / 13:18

Health Minister promises to improve health sector

Easing the burden on overcrowded hospitals is a priority for the government, Health Minister Nguyen Thi Kim Tien has said, promising to increase bed numbers at major health centres, open more satellite facilities and boost the number of family doctors.

Tien, speaking on Vietnamese Doctors' Day today (February 27), said existing infrastructure was unable to cope with demand, with 22.5 beds per 10,000 people when an adequate number should be at least 40.

She said the ministry will increase the number of beds in centre hospitals, invest more into satellite hospitals and pilot family physicians programme in 10 provinces.


Nurses caring for a patient at Trung Vuong Hospital in HCM City


Tien said the ministry will continue focusing on reducing the hospital overload, preventing contagious diseases, popularising health insurance and making changes to the sector's financing mechanisms, and improving service quality.

"Fifteen hospitals are committed to end bed-sharing problems. The number of examination tables has been increased so patients do not have to wait for long periods. We are also increasing hospital transparency and efficiency," she said.

The minister promised to punish staff who violate regulations, cheat patients with fake services and products, or put patient health at risk.

"We may have some bad staff, but there are still thousands of doctors and staff who work long hours to care for their patients and work tirelessly in remote or mountainous areas, overcoming many challenges to provide care," she said.

Tien said she was a regular user of social media so she could understand patient concerns and gather ideas about how to improve health care in Vietnam.`,
    statements: [
      // Added in the fourth round, after the set was studied: a headline that attributes a statement counts, as
      // this set's "US investors welcomed in VN, says Deputy PM" does.
      { quote: "Health Minister promises to improve health sector", speaker: "Nguyen Thi Kim Tien" },
      { quote: "Easing the burden on overcrowded hospitals is a priority", speaker: "Nguyen Thi Kim Tien" },
      { quote: "existing infrastructure was unable to cope with demand", speaker: "Nguyen Thi Kim Tien" },
      { quote: "She said the ministry will increase the number of beds", speaker: "Nguyen Thi Kim Tien" },
      { quote: "Tien said the ministry will continue focusing", speaker: "Nguyen Thi Kim Tien" },
      { quote: "Fifteen hospitals are committed to end bed-sharing", speaker: "Nguyen Thi Kim Tien" },
      { quote: "The minister promised to punish staff", speaker: "Nguyen Thi Kim Tien" },
      { quote: "We may have some bad staff", speaker: "Nguyen Thi Kim Tien" },
      { quote: "Tien said she was a regular user of social media", speaker: "Nguyen Thi Kim Tien" },
    ],
    setAside: [],
  },
  {
    id: "en-fi-sggp-nguyen-thi-kim-tien-hma",
    url: "http://m.sggpnews.org.vn/health/hospital-conference-in-hcmc-19242.html",
    outlet: "SGGP News",
    published: null,
    language: "en",
    text: `Hospital conference in HCMC

Minister of Health Nguyễn Thị Kim Tiến has invited local and overseas investors to invest into the healthcare sector in Việt Nam, saying that one of the foundations of her ministry’s policy is to encourage private enterprises to invest in the sector.

Minister of Health Nguyễn Thị Kim Tiến has invited local and overseas investors to invest into the healthcare sector in Việt Nam, saying that one of the foundations of her ministry’s policy is to encourage private enterprises to invest in the sector.

Minister of Health Nguyễn Thị Kim Tiến has invited local and overseas investors to invest into the healthcare sector in Việt Nam, saying that one of the foundations of her ministry’s policy is to encourage private enterprises to invest in the sector. — Photo giadinh.net.vn
Minister of Health Nguyễn Thị Kim Tiến has invited local and overseas investors to invest into the healthcare sector in Việt Nam, saying that one of the foundations of her ministry’s policy is to encourage private enterprises to invest in the sector. — Photo giadinh.net.vn

Speaking to about 1,000 delegates from 400 hospitals and organisations in 35 countries at the 15th Hospital Management Asia (HMA) conference, which began in HCM City yesterday, Tiến stressed that the Vietnamese Government had set a high priority on promoting social welfare programmes and prioritising healthcare.

“The Ministry of Health has strived to ensure fair, effective and quality health care over past years. There are 1,300 hospitals with 250,000 patient beds in Việt Nam at present. They serve more than 150 million outpatients and 15 million inpatients while conducting 3 million surgeries every year,” she said.

However, Tiến admitted there were challenges facing the health care sector and expressed willingness to learn from other countries’ experience.`,
    statements: [
      { quote: "one of the foundations of her ministry’s policy", speaker: "Nguyễn Thị Kim Tiến" },
      { quote: "the Vietnamese Government had set a high priority", speaker: "Nguyễn Thị Kim Tiến" },
      { quote: "The Ministry of Health has strived to ensure fair", speaker: "Nguyễn Thị Kim Tiến" },
      { quote: "Tiến admitted there were challenges", speaker: "Nguyễn Thị Kim Tiến" },
    ],
    setAside: [],
  },
  {
    id: "en-fi-vtv-truong-tan-sang-2016",
    url: "https://english.vtv.vn/society/more-efforts-needed-to-revamp-medical-system-president-2016030200114806.htm",
    outlet: "VTV English",
    published: "2016-03-02",
    language: "en",
    text: `Speaking at a ceremony in Hanoi on February 27 to mark Vietnamese Doctors’ Day, the State leader called for reforms in personnel and communication work in the sector.
The sector should upgrade infrastructure and equipment while increasing scientific and technological research and application, he said.
President Truong Tan Sang also hailed the sector’s achievements in caring for public health over the past 61 years, as well as its contributions to national defence and construction.
Vietnam has met almost the UN Millennium Development Goals in health, he said, stressing that medical work plays an important role in the context of globalisation, climate change, environment and disease outbreaks.
At the ceremony, Health Minister Nguyen Thi Kim Tien reported that the health care network has been consolidated and expanded, meeting people’s demands.
Thanks to efforts from the entire medical system, major diseases have been detected, controlled or prevented from entering Vietnam. Hundreds of hospitals have been built or upgraded, she said.
Vietnam has produced 10 out of 11 vaccines used in the national immunisation programme, Tien said, noting that people’s average life expectancy has increased.
However, the official admitted that, the sector has failed to meet people’s increasing demands for health care.
On the occasion, individuals and units that have made contributions to public health care were honoured.`,
    statements: [
      { quote: "the State leader called for reforms", speaker: "Truong Tan Sang" },
      { quote: "The sector should upgrade infrastructure and equipment", speaker: "Truong Tan Sang" },
      { quote: "Truong Tan Sang also hailed the sector’s achievements", speaker: "Truong Tan Sang" },
      { quote: "Vietnam has met almost the UN Millennium Development Goals", speaker: "Truong Tan Sang" },
      { quote: "Nguyen Thi Kim Tien reported that the health care network", speaker: "Nguyen Thi Kim Tien" },
      { quote: "Hundreds of hospitals have been built or upgraded", speaker: "Nguyen Thi Kim Tien" },
      { quote: "Vietnam has produced 10 out of 11 vaccines", speaker: "Nguyen Thi Kim Tien" },
      { quote: "the official admitted that, the sector has failed", speaker: "Nguyen Thi Kim Tien" },
    ],
    setAside: [],
  },
  {
    id: "en-fi-govportal-truong-vinh-trong-2009",
    url: "http://news.gov.vn/Utilities/PrintView.aspx?ID=5382",
    outlet: "Government portal (VGP News)",
    published: "2009-11-17",
    language: "en",
    text: `Print article

US investors welcomed in VN, says Deputy PM

VGP – All enterprises and investors doing business in Việt Nam are considered as a component of the Vietnamese economy.

November 17, 2009 5:44 PM GMT+7

Vietnamese Deputy PM Trương Vĩnh Trọng (2nd from right) at the Việt Nam Investment Forum, San Francisco, California, November 16, 2009 - Photo: VOV
Hundreds of Vietnamese and US businesses took part in the Việt Nam Investment Forum, a part of the “Meet Vietnam,” held in San Francisco, California, on Monday.

There, Vietnamese delegates presented updated information about Việt Nam’s development and introduced investment chances for US and overseas Vietnamese enterprises.

At the Forum, Deputy PM Trương Vĩnh Trọng affirmed that Việt Nam is trying best to improve its investment environment.

Việt Nam welcomes investors from the US and will do its best to guarantee their interests, said the Deputy PM.

He noted that Việt Nam is now listed among 20 top promising countries in terms of software processing.

Also at the Forum, Deputy PM Trọng witnessed the signing of documents on cooperation in transport, infrastructure, hi-tech development, and e-payment services between US investors and Việt Nam’s Hồ Chí Minh City, Đà Nẵng and Cần Thơ.

By Xuân Hồng`,
    statements: [
      { quote: "US investors welcomed in VN, says Deputy PM", speaker: "Trương Vĩnh Trọng" },
      {
        quote: "Việt Nam is trying best to improve its investment environment",
        speaker: "Trương Vĩnh Trọng",
      },
      { quote: "Việt Nam welcomes investors from the US", speaker: "Trương Vĩnh Trọng" },
      { quote: "Việt Nam is now listed among 20 top promising countries", speaker: "Trương Vĩnh Trọng" },
    ],
    setAside: [],
  },
  {
    id: "en-fi-vietnamplus-vuong-dinh-hue-2017",
    url: "http://en.vietnamplus.vn/vietnam-welcomes-investors-from-asia-business-council/107751.vnp",
    outlet: "VietnamPlus",
    published: "2017-02-24",
    language: "en",
    text: `Deputy Prime Minister Vuong Dinh Hue meets with Asia Business Council representatives (Photo: VNA)



– Vietnam welcomes and aims to create optimal conditions for investors, especially those with high technology and good management skills.Deputy Prime Minister Vuong Dinh Hue made the remark at a function welcoming the 2017 Spring Forum held by the Asia Business Council in Ho Chi Minh City on February 23.He said Vietnam prioritises businesses ready to connect with Vietnamese partners and operate in fields suitable with the country’s economic restructuring.Vietnam recorded positive economic growth last year, with exports increasing by nine percent, high foreign direct investment, and more than 110,000 newly-established businesses, he noted.The forum is expected to boost innovation and sustainable development in the region, he said.He confirmed the Vietnamese Party and State’s consistent policies of actively engaging in the global economy and being a reliable partner of all nations and investors.The Vietnamese Government is working to increase the competitiveness of the economy and develop more effective, productive, and innovative economic models.Chairperson of the Asia Business Council Lubna Olayan said the council is impressed with Vietnam’s growth over the past five years amid global economic struggles.She also highly lauded the country’s determination to promote sustainable economic growth to become a young, dynamic economy with abundant and high-skilled human resources.The 2017 Spring Forum will be held on February 24-25, focusing on sustainability and creation as investments for the next 50 years.-VNA`,
    statements: [
      { quote: "Vietnam welcomes and aims to create optimal conditions", speaker: "Vuong Dinh Hue" },
      { quote: "Vietnam prioritises businesses ready to connect", speaker: "Vuong Dinh Hue" },
      { quote: "Vietnam recorded positive economic growth last year", speaker: "Vuong Dinh Hue" },
      { quote: "The forum is expected to boost innovation", speaker: "Vuong Dinh Hue" },
      { quote: "He confirmed the Vietnamese Party and State’s consistent", speaker: "Vuong Dinh Hue" },
    ],
    setAside: [
      { quote: "Lubna Olayan said the council is impressed", reason: "foreign" },
      { quote: "She also highly lauded the country’s determination", reason: "foreign" },
    ],
  },
  {
    id: "en-fi-vietnamplus-mirror-nguyen-minh-vu-wef-2021",
    url: "https://en.baucuquochoi.vn/wef-dialogue-reflects-global-firms-trust-in-vietnamese-economy-official/1855.vnp",
    outlet: "VietnamPlus (mirror)",
    published: "2021-10",
    language: "en",
    text: `WEF dialogue reflects global firms’ trust in Vietnamese economy: official

The World Economic Forum (WEF)’s Country Strategy Dialogue on Vietnam, held on late October 29, came to a success, demonstrating the WEF and global enterprises’ attention to and trust in the Vietnamese economy, Deputy Minister of Foreign Affairs Nguyen Minh Vu has said.
WEF dialogue reflects global firms’ trust in Vietnamese economy: official hinh anh 1WEF President Borge Brende (first, left), WEF Founder and Executive Chairman Klaus Schwab (centre), and PM Pham Minh Chinh co-chair the dialogue on October 29 (Photo: VNA)
Hanoi (VNA) – The World Economic Forum (WEF)’s Country Strategy Dialogue on Vietnam, held on late October 29, came to a success, demonstrating the WEF and global enterprises’ attention to and trust in the Vietnamese economy, Deputy Minister of Foreign Affairs Nguyen Minh Vu has said.

In an interview granted to the press, Vu elaborated that the WEF’s first-ever Country Strategy Dialogue on Vietnam gathered WEF Founder and Executive Chairman Klaus Schwab, President of the forum Borge Brende, and nearly 70 leading enterprises and investors who have invested or are planning to invest in the country.

Leading enterprises in the region and the world highlighted the prospect of and their trust in the investment and business climate in Vietnam. They also straightforwardly pointed out the difficulties and problems facing them while operating here and put forth proposals to help the country quickly recover its economy and realise long-term targets, Vu said.

Prime Minister Pham Minh Chinh repeated to businesses his message of “harmonising interests, sharing risks” and “win-win cooperation” between the Government and the business community in the current context.

Particularly, he underlined the Vietnamese Government’s commitment and resolve to make reforms, transform the economy, and create new opportunities for the sustainable, inclusive, and innovative dev`,
    statements: [
      {
        quote: "WEF dialogue reflects global firms’ trust in Vietnamese economy: official",
        speaker: "Nguyen Minh Vu",
      },
      { quote: "came to a success, demonstrating the WEF", speaker: "Nguyen Minh Vu" },
      { quote: "Vu elaborated that the WEF’s first-ever", speaker: "Nguyen Minh Vu" },
      { quote: "put forth proposals to help the country quickly recover", speaker: "Nguyen Minh Vu" },
      { quote: "Pham Minh Chinh repeated to businesses his message", speaker: "Pham Minh Chinh" },
      { quote: "he underlined the Vietnamese Government’s commitment", speaker: "Pham Minh Chinh" },
    ],
    setAside: [],
  },
];
