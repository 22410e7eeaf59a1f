/**
 * Last English held-out set (issue 14, end of the third round): 6 real articles on rice exports and agriculture
 * (VietnamPlus, SGGP English, VOV World, Thời báo Tài chính, ScandAsia, Vietmaz; 2020-2023), collected from the
 * search corpus's stored pages after every rule of the third round was written (en-final.ts was studied, so it is
 * a dev set), annotated before the extractor was run on them, and measured once (recall 0.524, 11/21; explicit
 * precision 1.0, 10/10; inferred 1/4; main before the third round: 0.476 / 1.0): the honest figure for unseen
 * English articles (docs/import.md). Annotation as in en-fresh.ts, and, as in the first sets, "X made the
 * statement ..." counts as a statement of X.
 */
import type { TestArticle } from "./types";

export const EN_LAST: TestArticle[] = [
  {
    id: "en-la-vietnamplus-tran-tuan-anh-rice-2020",
    url: "https://en.vietnamplus.vn/vietnam-likely-to-become-worlds-leading-rice-exporters-this-year-minister/174911.vnp",
    outlet: "VietnamPlus",
    published: "2020-06-15",
    language: "en",
    text: `Vietnam likely to become world’s leading rice exporters this year: Minister
Vietnam may become the leading global rice exporter in 2020, Minister of Industry and Trade Tran Tuan Anh told the ongoing ninth session of the 14th National Assembly in Hanoi on June 15.
Minister of Industry and Trade Tran Tuan Anh (Photo: VNA)
Hanoi (VNA) - Vietnam may become the leading global rice exporter in 2020, Minister of Industry and Trade Tran Tuan Anh told the ongoing ninth session of the 14th National Assembly in Hanoi on June 15.
He reported that the country’s rice exports rose 31.7 percent in the first two months of the year as many countries increased the purchase and storage of the grain when COVID-19 first hit.
As this may lead to a shortage of supplies at home, Prime Minister Nguyen Xuan Phuc decided to suspend rice exports until the end of May.
Re-evaluating the situation, the Government leader later agreed to resume rice exports right in May while working with authorities in 13 Mekong Delta localities.
As a result, Vietnam exported 3.06 million tonnes of rice worth 1.48 billion USD in the first five months of the year, year-on-year increases of 11.8 percent and 25.44 percent, respectively, according to the minister./.`,
    statements: [
      {
        quote: "Vietnam likely to become world’s leading rice exporters this year: Minister",
        speaker: "Tran Tuan Anh",
      },
      { quote: "Vietnam may become the leading global rice exporter in 2020", speaker: "Tran Tuan Anh" },
      { quote: "He reported that the country’s rice exports rose", speaker: "Tran Tuan Anh" },
      { quote: "Vietnam exported 3.06 million tonnes of rice", speaker: "Tran Tuan Anh" },
    ],
    setAside: [],
  },
  {
    id: "en-la-sggp-hoang-trung-2023",
    url: "https://en.sggp.org.vn/vietnam-rises-to-be-one-of-worlds-top-rice-exporters-deputy-minister-post106681.html",
    outlet: "SGGP English",
    published: "2023-12-01",
    language: "en",
    text: `Vietnam has risen from a poor country which had to import food to one of the three largest rice exporters in the world with an annual rice export volume of 6-7 million tons, said Deputy Minister of Agriculture and Rural Development Hoang Trung.

Deputy Minister of Agriculture and Rural Development Hoang Trung made the statement at a press conference to introduce the International Festival of Vietnam Rice Industry - Hau Giang 2023 while he and Chairman of Hau Giang Provincial People's Committee Dong Van Thanh chaired the conference this morning.

Deputy Minister of Agriculture and Rural Development Hoang Trung said that the agricultural industry generally and Vietnam's rice industry particularly have achieved remarkable achievements as being a poor country, Vietnam has now ensured national food security and become one of the world's major rice exporters with an annual rice export volume of 6-7 million tons.

The Prime Minister assigned the Ministry of Agriculture and Rural Development and the People's Committee of Hau Giang Province and relevant ministries and agencies to organize the International Festival of Vietnam's rice industry - Hau Giang 2023, with the theme ‘Green Rice for Life - Green Rice, Healthy Living’ to promote the development of high-quality rice production, improve the value chain, and adapt to climate change in the Mekong Delta.`,
    statements: [
      { quote: "Vietnam has risen from a poor country which had to import food", speaker: "Hoang Trung" },
      { quote: "Hoang Trung made the statement at a press conference", speaker: "Hoang Trung" },
      { quote: "the agricultural industry generally and Vietnam's rice industry", speaker: "Hoang Trung" },
    ],
    setAside: [],
  },
  {
    id: "en-la-vovworld-nguyen-nhu-cuong-nguyen-hong-dien-2023",
    url: "https://vovworld.vn/en-US/news/vietnam-can-ensure-maximum-food-security-says-agriculture-official-1220973.vov",
    outlet: "VOV World",
    published: "2023-08",
    language: "en",
    text: `The figures were released at the conference on rice export management in Can Tho city on Friday.
The Philippines, China, Indonesia, Malaysia, Ivory Coast, and China’s Hong Kong were Vietnam’s key export markets and continued to maintain growth. Several EU markets also recorded considerable growth.
Nguyen Nhu Cuong, Director of the Crop Production Department of the Ministry of Agriculture and Rural Development, said with the current favorable rice production, especially in the Mekong Delta, Vietnam’s rice export will likely reach 7.5 million tons this year.
“With what has been prepared, I can confirm that Vietnam can ensure food security at the highest level and have the most appropriate solutions in response to either natural disasters or epidemics if they occur on a large scale,” said Cuong.
According to the Vietnam Food Association, Vietnam’s rice exports have grown strongly over the past decade, ranking second after India.
Since India began to ban rice exports on July 20 of this year, the price of Vietnamese rice has increased significantly.
Between now and the year end, the Association said the demand for rice imports remains strong, offering Vietnam a great opportunity to produce and export this food staple, said Minister of Industry and Trade Nguyen Hong Dien.
“The export prices of some rice varieties have hit a record high over the past 11 years. The price of commodity rice is also higher,” said Dien, adding, “The rice growing area in the Mekong Delta is about 700,000 hectares, up 50,000 hectares from last year. It is likely to produce 43 million tonnes of unhusked rice. Under normal weather conditions, Vietnam will likely export 7.5 to 8 million tonnes after setting aside for national food security.”`,
    statements: [
      { quote: "Vietnam’s rice export will likely reach 7.5 million tons", speaker: "Nguyen Nhu Cuong" },
      { quote: "I can confirm that Vietnam can ensure food security", speaker: "Nguyen Nhu Cuong" },
      { quote: "the demand for rice imports remains strong", speaker: "Nguyen Hong Dien" },
      { quote: "The export prices of some rice varieties", speaker: "Nguyen Hong Dien" },
    ],
    setAside: [{ quote: "According to the Vietnam Food Association", reason: "group" }],
  },
  {
    id: "en-la-thoibaotaichinh-nguyen-nhu-cuong-2022",
    url: "https://thoibaotaichinhvietnam.vn/viet-nam-follows-rice-market-rules-112163.html",
    outlet: "Thời báo Tài chính Việt Nam (English)",
    published: "2022-09-07",
    language: "en",
    text: `Viet Nam complies with the rice market rules in terms of prices and always holds responsible for food security, said head of the Department of Crop Production, under the Ministry of Agriculture and Rural Development (MARD), Nguyen Nhu Cuong.

Nguyen made the statement in response to the information that Thailand and Viet Nam have agreed to cooperate in raising the price of rice in the global market, following months of talks aimed in part at improving rural incomes.

Viet Nam has joined a number of free trade agreements (FTAs), he said, adding that the country complies with regulations of the FTAs it has signed.

The rice volumes of Thailand and Viet Nam account for 10 percent of the world production of paddy rice and around 26 percent of the global rice export.

Viet Nam exported nearly 4.2 million tons of rice in the first seven months of 2022, up 20.5 percent year-on-year, according to the MARD.

But earnings were only 9 percent higher, at US$2 billion, since global rice prices have fallen by over 10 percent to US$489 a ton on average.

Exports to the U.S. grew fastest at 65.3 percent, followed by the Philippines, Viet Nam's top market, at 48.6 percent.

The country targets to export 6.5-6.7 million tons of rice this year, which is feasible, affirmed Deputy Minister of the MARD Phung Duc Tien.`,
    statements: [
      { quote: "Viet Nam complies with the rice market rules", speaker: "Nguyen Nhu Cuong" },
      { quote: "Nguyen made the statement in response", speaker: "Nguyen Nhu Cuong" },
      { quote: "Viet Nam has joined a number of free trade agreements", speaker: "Nguyen Nhu Cuong" },
      { quote: "The country targets to export 6.5-6.7 million tons", speaker: "Phung Duc Tien" },
    ],
    setAside: [{ quote: "according to the MARD", reason: "group" }],
  },
  {
    id: "en-la-scandasia-pham-minh-chinh-rice-2023",
    url: "https://scandasia.com/vietnamese-pm-urges-related-ministers-to-boost-rice-export-rates/",
    outlet: "ScandAsia",
    published: "2023-07-05",
    language: "en",
    text: `Vietnam’s Prime Minister Pham Minh Chinh has urged relevant ministers and departments to boost the country’s rice export rates by building rice brands, improving the quality of rice and diversifying the product’s buyers.

Via the prime minister’s telegram, he addressed the Ministry of Agriculture and Rural Development, the Ministry of Industry and Trade, and the Ministry of Foreign Affairs.

According to the Tuoi Tre News, Chinh also shared his expectations that the relevant agencies would foster research on the global market and rice import demand, and keep information about rice trading and export activities updated.

Besides the governmental sectors, local authorities were as well assigned to implement any needed areas that would support Vietnam’s expansion of rice export.`,
    statements: [
      { quote: "Pham Minh Chinh has urged relevant ministers", speaker: "Pham Minh Chinh" },
      { quote: "Chinh also shared his expectations", speaker: "Pham Minh Chinh" },
    ],
    setAside: [],
  },
  {
    id: "en-la-vietmaz-trinh-dinh-dung-rice-2020",
    url: "https://www.vietmaz.com/2020/04/rice-export-still-allowed-despite-pandemic-natural-disasters/",
    outlet: "Vietmaz (VNA)",
    published: "2020-04",
    language: "en",
    text: `Deputy Prime Minister Trinh Dinh Dung chairs the meeting. (Photo: VNA) Chairing a meeting on rice export amidst the COVID-19 pandemic outbreak, along with drought and saltwater intrusion, Dung said glutinous rice can be exported as normal. He assigned the Ministry of Industry and Trade to coordinate with the Ministry of Agriculture and Rural Development to review and assess the domestic supply and demand of rice to manage the export. In the present context, rice export must be carefully considered, with national food security being taken into account in the first place, so as to reduce disruptions in the rice production chain and protect legal and legitimate rights of farmers and relevant organisations, he said. Dung pointed out bottlenecks in rice export management over the past time that need to be addressed, saying the Ministry of Industry and Trade, the Ministry of Finance and concerned agencies must bear the main responsibility for these problems. He, therefore, asked the two ministries to monitor businesses that have rice stuck at ports but are unable to submit customs declarations. Earlier, Prime Minister Nguyen Xuan Phuc approved the resumption of rice export, conditioned that food security must be guaranteed amidst the COVID-19 pandemic, drought… Read full this story`,
    statements: [
      { quote: "Dung said glutinous rice can be exported as normal", speaker: "Trinh Dinh Dung" },
      { quote: "rice export must be carefully considered", speaker: "Trinh Dinh Dung" },
      { quote: "Dung pointed out bottlenecks in rice export management", speaker: "Trinh Dinh Dung" },
      { quote: "asked the two ministries to monitor businesses", speaker: "Trinh Dinh Dung" },
    ],
    setAside: [],
  },
];
