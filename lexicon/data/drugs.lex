# Drugs: each generic with its class, then its brands, whose generic key
# names the generic. Best and Find return the concept named in the text;
# Canonical gives the generic of a brand ("Norco" is hydrocodone/
# acetaminophen). Strengths ("10/325mg") and forms ("tablet", "ER") are
# not part of a name unless they tell two drugs apart.
kind = drug
category = pharmacy

[hydrocodone-acetaminophen]
alternatives = hydrocodone | acetaminophen
name = hydrocodone/acetaminophen
class = opioid
aliases = hydrocodone-acetaminophen | hydrocodone/APAP | hydrocodone bitartrate/acetaminophen | hydrocodone with acetaminophen | hydrocodone and acetaminophen | hydrocodone bitartrate and acetaminophen | hydrocodone-APAP | HC/APAP

[norco]
name = Norco
generic = hydrocodone-acetaminophen

[vicodin]
name = Vicodin
generic = hydrocodone-acetaminophen
aliases = Vicodin ES | Vicodin HP

[lortab]
name = Lortab
generic = hydrocodone-acetaminophen

[lorcet]
name = Lorcet
generic = hydrocodone-acetaminophen

[xodol]
name = Xodol
generic = hydrocodone-acetaminophen

[verdrocet]
name = Verdrocet
generic = hydrocodone-acetaminophen

[hycet]
name = Hycet
generic = hydrocodone-acetaminophen

[zydone]
name = Zydone
generic = hydrocodone-acetaminophen

[anexsia]
name = Anexsia
generic = hydrocodone-acetaminophen

[hydrocodone]
name = hydrocodone
class = opioid
aliases = hydrocodone bitartrate | hydrocodone ER | hydrocodone extended release

[zohydro]
name = Zohydro
generic = hydrocodone
aliases = Zohydro ER

[hysingla]
name = Hysingla
generic = hydrocodone
aliases = Hysingla ER

[vantrela]
name = Vantrela
generic = hydrocodone

[hydrocodone-ibuprofen]
alternatives = hydrocodone | ibuprofen
name = hydrocodone/ibuprofen
class = opioid
aliases = hydrocodone-ibuprofen

[vicoprofen]
name = Vicoprofen
generic = hydrocodone-ibuprofen

[reprexain]
name = Reprexain
generic = hydrocodone-ibuprofen

[ibudone]
name = Ibudone
generic = hydrocodone-ibuprofen

[oxycodone]
name = oxycodone
class = opioid
aliases = oxycodone HCL | oxycodone hydrochloride | oxycodone ER | oxycodone IR | oxycodone extended release | oxycodone immediate release | oxycodone CR

[oxycontin]
name = OxyContin
generic = oxycodone

[roxicodone]
name = Roxicodone
generic = oxycodone

[oxaydo]
name = Oxaydo
generic = oxycodone

[xtampza]
name = Xtampza
generic = oxycodone
aliases = Xtampza ER

[oxecta]
name = Oxecta
generic = oxycodone

[oxycodone-acetaminophen]
alternatives = oxycodone | acetaminophen
name = oxycodone/acetaminophen
class = opioid
aliases = oxycodone-acetaminophen | oxycodone/APAP | oxycodone and acetaminophen | oxycodone with acetaminophen

[percocet]
name = Percocet
generic = oxycodone-acetaminophen

[endocet]
name = Endocet
generic = oxycodone-acetaminophen

[roxicet]
name = Roxicet
generic = oxycodone-acetaminophen

[primlev]
name = Primlev
generic = oxycodone-acetaminophen

[xartemis]
name = Xartemis
generic = oxycodone-acetaminophen
aliases = Xartemis XR

[nalocet]
name = Nalocet
generic = oxycodone-acetaminophen

[tramadol]
name = tramadol
class = opioid
aliases = tramadol HCL | tramadol hydrochloride | tramadol ER | tramadol extended release | tramadol ER (extended release)

[ultram]
name = Ultram
generic = tramadol
aliases = Ultram ER

[conzip]
name = ConZip
generic = tramadol

[ryzolt]
name = Ryzolt
generic = tramadol

[rybix]
name = Rybix
generic = tramadol

[synapryn]
name = Synapryn
generic = tramadol
aliases = Synapryn oral suspension

[tramadol-acetaminophen]
alternatives = tramadol | acetaminophen
name = tramadol/acetaminophen
class = opioid
aliases = tramadol-acetaminophen | tramadol/APAP | tramadol and acetaminophen

[ultracet]
name = Ultracet
generic = tramadol-acetaminophen

[tapentadol]
name = tapentadol
class = opioid
aliases = tapentadol ER

[nucynta]
name = Nucynta
generic = tapentadol
aliases = Nucynta ER

[morphine]
name = morphine
class = opioid
aliases = morphine sulfate | morphine ER | morphine sulfate ER | MSER | MSIR | morphine IR

[ms-contin]
name = MS Contin
generic = morphine

[kadian]
name = Kadian
generic = morphine

[avinza]
name = Avinza
generic = morphine

[arymo]
name = Arymo
generic = morphine
aliases = Arymo ER

[morphabond]
name = Morphabond
generic = morphine

[hydromorphone]
name = hydromorphone
class = opioid
aliases = hydromorphone HCL

[dilaudid]
name = Dilaudid
generic = hydromorphone

[exalgo]
name = Exalgo
generic = hydromorphone

[oxymorphone]
name = oxymorphone
class = opioid
aliases = oxymorphone ER

[opana]
name = Opana
generic = oxymorphone
aliases = Opana ER

[fentanyl]
name = fentanyl
class = opioid
aliases = fentanyl patch | fentanyl transdermal | transdermal fentanyl | fentanyl citrate

[duragesic]
name = Duragesic
generic = fentanyl
aliases = Duragesic patch

[actiq]
name = Actiq
generic = fentanyl

[fentora]
name = Fentora
generic = fentanyl

[subsys]
name = Subsys
generic = fentanyl

[methadone]
name = methadone
class = opioid
aliases = methadone HCL
not = methane

[dolophine]
name = Dolophine
generic = methadone
not = dolphin | dolphins

[methadose]
name = Methadose
generic = methadone

[buprenorphine]
name = buprenorphine
class = opioid
aliases = buprenorphine patch | buprenorphine HCL

[butrans]
name = Butrans
generic = buprenorphine
aliases = Butrans patch

[belbuca]
name = Belbuca
generic = buprenorphine

[subutex]
name = Subutex
generic = buprenorphine

[buprenorphine-naloxone]
alternatives = buprenorphine | naloxone
name = buprenorphine/naloxone
class = opioid
aliases = buprenorphine-naloxone | buprenorphine and naloxone

[suboxone]
name = Suboxone
generic = buprenorphine-naloxone

[zubsolv]
name = Zubsolv
generic = buprenorphine-naloxone

[bunavail]
name = Bunavail
generic = buprenorphine-naloxone

[codeine]
name = codeine
class = opioid
aliases = codeine sulfate | codeine phosphate

[acetaminophen-codeine]
alternatives = acetaminophen | codeine
name = acetaminophen/codeine
class = opioid
aliases = acetaminophen with codeine | APAP/codeine | acetaminophen-codeine | Tylenol with codeine | Tylenol #3 | Tylenol #4 | Tylenol No. 3 | Tylenol 3 | Tylenol-Codeine

[dihydrocodeine-compound]
name = acetaminophen/caffeine/dihydrocodeine
class = opioid
aliases = dihydrocodeine | acetaminophen, caffeine and dihydrocodeine | APAP/caffeine/dihydrocodeine

[trezix]
name = Trezix
generic = dihydrocodeine-compound

[panlor]
name = Panlor
generic = dihydrocodeine-compound
not = pallor | parlor

[meperidine]
name = meperidine
class = opioid

[demerol]
name = Demerol
generic = meperidine

[levorphanol]
name = levorphanol
class = opioid

[pentazocine]
name = pentazocine
class = opioid
aliases = pentazocine/naloxone

[talwin]
name = Talwin
generic = pentazocine

[butorphanol]
name = butorphanol
class = opioid
aliases = butorphanol nasal spray

[stadol]
name = Stadol
generic = butorphanol

[naloxone]
name = naloxone
class = other
aliases = naloxone nasal spray

[narcan]
name = Narcan
generic = naloxone

[evzio]
name = Evzio
generic = naloxone

[naltrexone]
name = naltrexone
class = other

[revia]
name = Revia
generic = naltrexone

[vivitrol]
name = Vivitrol
generic = naltrexone

[ibuprofen]
name = ibuprofen
class = nsaid

[motrin]
name = Motrin
generic = ibuprofen
aliases = Motrin IB

[advil]
name = Advil
generic = ibuprofen

[nuprin]
name = Nuprin
generic = ibuprofen

[naproxen]
name = naproxen
class = nsaid
aliases = naproxen sodium | naproxen DR | naproxen EC | naproxen sodium ER

[naprosyn]
name = Naprosyn
generic = naproxen
aliases = EC-Naprosyn

[aleve]
name = Aleve
generic = naproxen

[anaprox]
name = Anaprox
generic = naproxen
aliases = Anaprox DS

[naprelan]
name = Naprelan
generic = naproxen

[diclofenac]
name = diclofenac
class = nsaid
aliases = diclofenac sodium | diclofenac ER | diclofenac sodium ER | diclofenac XR | diclofenac potassium | diclofenac DR | diclofenac sodium DR

[voltaren]
name = Voltaren
generic = diclofenac
aliases = Voltaren XR | Voltaren-XR

[cataflam]
name = Cataflam
generic = diclofenac

[cambia]
name = Cambia
generic = diclofenac

[zipsor]
name = Zipsor
generic = diclofenac

[zorvolex]
name = Zorvolex
generic = diclofenac

[diclofenac-misoprostol]
alternatives = diclofenac | misoprostol
name = diclofenac/misoprostol
class = nsaid
aliases = diclofenac-misoprostol

[arthrotec]
name = Arthrotec
generic = diclofenac-misoprostol

[diclofenac-topical]
alternatives = diclofenac | diclofenac-epolamine
name = diclofenac gel
class = topical-analgesic
aliases = diclofenac topical | diclofenac sodium gel | topical diclofenac | diclofenac sodium topical gel | diclofenac 1% gel | diclofenac topical solution | diclofenac cream

[voltaren-gel]
name = Voltaren Gel
generic = diclofenac-topical
aliases = Voltaren topical gel | Voltaren 1% gel

[pennsaid]
name = Pennsaid
generic = diclofenac-topical
aliases = Pennsaid topical solution

[solaraze]
name = Solaraze
generic = diclofenac-topical

[diclofenac-epolamine]
name = diclofenac epolamine patch
class = topical-analgesic
aliases = diclofenac epolamine | diclofenac patch | diclofenac transdermal patch

[flector]
name = Flector
generic = diclofenac-epolamine
aliases = Flector patch | Flector patches

[meloxicam]
name = meloxicam
class = nsaid

[mobic]
name = Mobic
generic = meloxicam

[vivlodex]
name = Vivlodex
generic = meloxicam

[qmiiz]
name = Qmiiz
generic = meloxicam

[celecoxib]
name = celecoxib
class = nsaid

[celebrex]
name = Celebrex
generic = celecoxib

[etodolac]
name = etodolac
class = nsaid
aliases = etodolac ER

[lodine]
name = Lodine
generic = etodolac

[nabumetone]
name = nabumetone
class = nsaid

[relafen]
name = Relafen
generic = nabumetone

[ketorolac]
name = ketorolac
class = nsaid
aliases = ketorolac tromethamine

[toradol]
name = Toradol
generic = ketorolac

[sprix]
name = Sprix
generic = ketorolac

[indomethacin]
name = indomethacin
class = nsaid

[indocin]
name = Indocin
generic = indomethacin

[tivorbex]
name = Tivorbex
generic = indomethacin

[piroxicam]
name = piroxicam
class = nsaid

[feldene]
name = Feldene
generic = piroxicam

[oxaprozin]
name = oxaprozin
class = nsaid

[daypro]
name = Daypro
generic = oxaprozin

[sulindac]
name = sulindac
class = nsaid

[clinoril]
name = Clinoril
generic = sulindac

[diflunisal]
name = diflunisal
class = nsaid

[dolobid]
name = Dolobid
generic = diflunisal

[fenoprofen]
name = fenoprofen
class = nsaid

[nalfon]
name = Nalfon
generic = fenoprofen

[ketoprofen]
name = ketoprofen
class = nsaid
aliases = ketoprofen cream

[flurbiprofen]
name = flurbiprofen
class = nsaid
aliases = flurbiprofen cream

[ansaid]
name = Ansaid
generic = flurbiprofen

[mefenamic-acid]
name = mefenamic acid
class = nsaid

[ponstel]
name = Ponstel
generic = mefenamic-acid

[ibuprofen-famotidine]
alternatives = ibuprofen | famotidine
name = ibuprofen/famotidine
class = nsaid
aliases = ibuprofen-famotidine

[duexis]
name = Duexis
generic = ibuprofen-famotidine

[naproxen-esomeprazole]
alternatives = naproxen | esomeprazole
name = naproxen/esomeprazole
class = nsaid
aliases = naproxen-esomeprazole

[vimovo]
name = Vimovo
generic = naproxen-esomeprazole

[aspirin]
name = aspirin
class = nsaid
aliases = acetylsalicylic acid | ASA | baby aspirin

[bayer]
name = Bayer
generic = aspirin

[ecotrin]
name = Ecotrin
generic = aspirin

[salsalate]
name = salsalate
class = nsaid

[disalcid]
name = Disalcid
generic = salsalate

[acetaminophen]
name = acetaminophen
class = analgesic
aliases = APAP | paracetamol

[tylenol]
name = Tylenol
generic = acetaminophen
aliases = Tylenol Extra Strength | Tylenol Arthritis

[butalbital-compound]
name = butalbital/acetaminophen/caffeine
class = migraine
aliases = butalbital | butalbital-acetaminophen-caffeine | butalbital/APAP/caffeine

[fioricet]
name = Fioricet
generic = butalbital-compound

[esgic]
name = Esgic
generic = butalbital-compound

[fiorinal]
name = Fiorinal
generic = butalbital-compound

[cyclobenzaprine]
name = cyclobenzaprine
class = muscle-relaxant
aliases = cyclobenzaprine HCL | cyclobenzaprine hydrochloride | cyclobenzaprine ER

[flexeril]
name = Flexeril
generic = cyclobenzaprine

[amrix]
name = Amrix
generic = cyclobenzaprine

[fexmid]
name = Fexmid
generic = cyclobenzaprine

[tabradol]
name = Tabradol
generic = cyclobenzaprine
aliases = Tabradol oral suspension

[carisoprodol]
name = carisoprodol
class = muscle-relaxant

[soma]
name = Soma
generic = carisoprodol

[methocarbamol]
name = methocarbamol
class = muscle-relaxant

[robaxin]
name = Robaxin
generic = methocarbamol

[tizanidine]
name = tizanidine
class = muscle-relaxant
aliases = tizanidine HCL

[zanaflex]
name = Zanaflex
generic = tizanidine

[baclofen]
name = baclofen
class = muscle-relaxant

[lioresal]
name = Lioresal
generic = baclofen

[gablofen]
name = Gablofen
generic = baclofen

[metaxalone]
name = metaxalone
class = muscle-relaxant

[skelaxin]
name = Skelaxin
generic = metaxalone

[metaxall]
name = Metaxall
generic = metaxalone

[orphenadrine]
name = orphenadrine
class = muscle-relaxant
aliases = orphenadrine citrate | orphenadrine ER | orphenadrine citrate ER

[norflex]
name = Norflex
generic = orphenadrine

[orphenadrine-compound]
alternatives = orphenadrine
name = orphenadrine/aspirin/caffeine
class = muscle-relaxant
aliases = orphenadrine compound

[norgesic]
name = Norgesic
generic = orphenadrine-compound
aliases = Norgesic Forte

[chlorzoxazone]
name = chlorzoxazone
class = muscle-relaxant

[parafon-forte]
name = Parafon Forte
generic = chlorzoxazone
aliases = Parafon
not = paragon

[lorzone]
name = Lorzone
generic = chlorzoxazone

[dantrolene]
name = dantrolene
class = muscle-relaxant

[dantrium]
name = Dantrium
generic = dantrolene

[gabapentin]
name = gabapentin
class = anticonvulsant
aliases = gabapentin enacarbil

[neurontin]
name = Neurontin
generic = gabapentin
not = neurotic

[gralise]
name = Gralise
generic = gabapentin

[horizant]
name = Horizant
generic = gabapentin

[fanatrex]
name = Fanatrex
generic = gabapentin
aliases = Fanatrex oral suspension

[pregabalin]
name = pregabalin
class = anticonvulsant
aliases = pregabalin CR

[lyrica]
name = Lyrica
generic = pregabalin
aliases = Lyrica CR
not = lyric | lyrical | lyrics

[topiramate]
name = topiramate
class = anticonvulsant

[topamax]
name = Topamax
generic = topiramate

[trokendi]
name = Trokendi
generic = topiramate

[carbamazepine]
name = carbamazepine
class = anticonvulsant

[tegretol]
name = Tegretol
generic = carbamazepine

[oxcarbazepine]
name = oxcarbazepine
class = anticonvulsant

[trileptal]
name = Trileptal
generic = oxcarbazepine

[lamotrigine]
name = lamotrigine
class = anticonvulsant

[lamictal]
name = Lamictal
generic = lamotrigine

[levetiracetam]
name = levetiracetam
class = anticonvulsant

[keppra]
name = Keppra
generic = levetiracetam

[divalproex]
name = divalproex
class = anticonvulsant
aliases = valproic acid | divalproex sodium | valproate

[depakote]
name = Depakote
generic = divalproex

[phenytoin]
name = phenytoin
class = anticonvulsant

[dilantin]
name = Dilantin
generic = phenytoin

[duloxetine]
name = duloxetine
class = antidepressant

[cymbalta]
name = Cymbalta
generic = duloxetine

[venlafaxine]
name = venlafaxine
class = antidepressant
aliases = venlafaxine ER | venlafaxine XR

[effexor]
name = Effexor
generic = venlafaxine
aliases = Effexor XR

[desvenlafaxine]
name = desvenlafaxine
class = antidepressant

[pristiq]
name = Pristiq
generic = desvenlafaxine

[milnacipran]
name = milnacipran
class = antidepressant

[savella]
name = Savella
generic = milnacipran

[amitriptyline]
name = amitriptyline
class = antidepressant
aliases = amitriptyline HCL

[elavil]
name = Elavil
generic = amitriptyline

[nortriptyline]
name = nortriptyline
class = antidepressant
aliases = nortriptyline HCL

[pamelor]
name = Pamelor
generic = nortriptyline

[doxepin]
name = doxepin
class = antidepressant

[silenor]
name = Silenor
generic = doxepin

[sinequan]
name = Sinequan
generic = doxepin

[imipramine]
name = imipramine
class = antidepressant

[tofranil]
name = Tofranil
generic = imipramine

[desipramine]
name = desipramine
class = antidepressant

[norpramin]
name = Norpramin
generic = desipramine

[trazodone]
name = trazodone
class = antidepressant
aliases = trazodone HCL

[desyrel]
name = Desyrel
generic = trazodone

[oleptro]
name = Oleptro
generic = trazodone

[sertraline]
name = sertraline
class = antidepressant

[zoloft]
name = Zoloft
generic = sertraline

[fluoxetine]
name = fluoxetine
class = antidepressant

[prozac]
name = Prozac
generic = fluoxetine

[paroxetine]
name = paroxetine
class = antidepressant

[paxil]
name = Paxil
generic = paroxetine

[citalopram]
name = citalopram
class = antidepressant

[celexa]
name = Celexa
generic = citalopram

[escitalopram]
name = escitalopram
class = antidepressant

[lexapro]
name = Lexapro
generic = escitalopram

[bupropion]
name = bupropion
class = antidepressant
aliases = bupropion XL | bupropion SR

[wellbutrin]
name = Wellbutrin
generic = bupropion
aliases = Wellbutrin XL | Wellbutrin SR

[mirtazapine]
name = mirtazapine
class = antidepressant

[remeron]
name = Remeron
generic = mirtazapine

[vortioxetine]
name = vortioxetine
class = antidepressant

[trintellix]
name = Trintellix
generic = vortioxetine

[brintellix]
name = Brintellix
generic = vortioxetine

[vilazodone]
name = vilazodone
class = antidepressant

[viibryd]
name = Viibryd
generic = vilazodone

[quetiapine]
name = quetiapine
class = antipsychotic

[seroquel]
name = Seroquel
generic = quetiapine

[aripiprazole]
name = aripiprazole
class = antipsychotic

[abilify]
name = Abilify
generic = aripiprazole
not = ability

[risperidone]
name = risperidone
class = antipsychotic

[risperdal]
name = Risperdal
generic = risperidone

[olanzapine]
name = olanzapine
class = antipsychotic

[zyprexa]
name = Zyprexa
generic = olanzapine

[lithium]
name = lithium
class = antipsychotic
aliases = lithium carbonate

[zolpidem]
name = zolpidem
class = sleep-aid
aliases = zolpidem tartrate | zolpidem ER | zolpidem CR

[ambien]
name = Ambien
generic = zolpidem
aliases = Ambien CR
not = ambient

[intermezzo]
name = Intermezzo
generic = zolpidem

[edluar]
name = Edluar
generic = zolpidem

[eszopiclone]
name = eszopiclone
class = sleep-aid

[lunesta]
name = Lunesta
generic = eszopiclone

[zaleplon]
name = zaleplon
class = sleep-aid

[sonata]
name = Sonata
generic = zaleplon

[ramelteon]
name = ramelteon
class = sleep-aid

[rozerem]
name = Rozerem
generic = ramelteon

[suvorexant]
name = suvorexant
class = sleep-aid

[belsomra]
name = Belsomra
generic = suvorexant

[melatonin]
name = melatonin
class = sleep-aid
not = melanin

[diphenhydramine]
name = diphenhydramine
class = antihistamine

[benadryl]
name = Benadryl
generic = diphenhydramine

[dicopanol]
name = Dicopanol
generic = diphenhydramine
aliases = Dicopanol oral suspension

[unisom]
name = Unisom
generic = diphenhydramine
not = unison

[hydroxyzine]
name = hydroxyzine
class = antihistamine
aliases = hydroxyzine pamoate | hydroxyzine HCL

[vistaril]
name = Vistaril
generic = hydroxyzine

[atarax]
name = Atarax
generic = hydroxyzine

[diazepam]
name = diazepam
class = benzodiazepine

[valium]
name = Valium
generic = diazepam

[alprazolam]
name = alprazolam
class = benzodiazepine
aliases = alprazolam ER

[xanax]
name = Xanax
generic = alprazolam
aliases = Xanax XR

[lorazepam]
name = lorazepam
class = benzodiazepine

[ativan]
name = Ativan
generic = lorazepam

[clonazepam]
name = clonazepam
class = benzodiazepine

[klonopin]
name = Klonopin
generic = clonazepam

[temazepam]
name = temazepam
class = benzodiazepine

[restoril]
name = Restoril
generic = temazepam

[chlordiazepoxide]
name = chlordiazepoxide
class = benzodiazepine

[librium]
name = Librium
generic = chlordiazepoxide

[buspirone]
name = buspirone
class = anxiolytic

[buspar]
name = Buspar
generic = buspirone

[modafinil]
name = modafinil
class = stimulant

[provigil]
name = Provigil
generic = modafinil

[armodafinil]
name = armodafinil
class = stimulant

[nuvigil]
name = Nuvigil
generic = armodafinil

[methylphenidate]
name = methylphenidate
class = stimulant

[ritalin]
name = Ritalin
generic = methylphenidate

[concerta]
name = Concerta
generic = methylphenidate
not = concert | concerti | concerto | concerts

[omeprazole]
name = omeprazole
class = ppi
aliases = omeprazole DR

[prilosec]
name = Prilosec
generic = omeprazole
aliases = Prilosec OTC

[esomeprazole]
name = esomeprazole
class = ppi
aliases = esomeprazole magnesium

[nexium]
name = Nexium
generic = esomeprazole

[pantoprazole]
name = pantoprazole
class = ppi
aliases = pantoprazole sodium

[protonix]
name = Protonix
generic = pantoprazole

[lansoprazole]
name = lansoprazole
class = ppi

[prevacid]
name = Prevacid
generic = lansoprazole

[rabeprazole]
name = rabeprazole
class = ppi

[aciphex]
name = Aciphex
generic = rabeprazole

[dexlansoprazole]
name = dexlansoprazole
class = ppi

[dexilant]
name = Dexilant
generic = dexlansoprazole

[famotidine]
name = famotidine
class = h2-blocker

[pepcid]
name = Pepcid
generic = famotidine
aliases = Pepcid AC

[ranitidine]
name = ranitidine
class = h2-blocker
aliases = ranitidine HCL

[zantac]
name = Zantac
generic = ranitidine

[deprizine]
name = Deprizine
generic = ranitidine
aliases = Deprizine oral suspension
not = depriving

[cimetidine]
name = cimetidine
class = h2-blocker

[tagamet]
name = Tagamet
generic = cimetidine

[sucralfate]
name = sucralfate
class = other

[carafate]
name = Carafate
generic = sucralfate

[misoprostol]
name = misoprostol
class = other

[cytotec]
name = Cytotec
generic = misoprostol

[ondansetron]
name = ondansetron
class = antiemetic
aliases = ondansetron ODT | ondansetron HCL

[zofran]
name = Zofran
generic = ondansetron
aliases = Zofran ODT

[promethazine]
name = promethazine
class = antiemetic

[phenergan]
name = Phenergan
generic = promethazine

[metoclopramide]
name = metoclopramide
class = antiemetic

[reglan]
name = Reglan
generic = metoclopramide
not = raglan

[meclizine]
name = meclizine
class = antiemetic

[antivert]
name = Antivert
generic = meclizine

[prochlorperazine]
name = prochlorperazine
class = antiemetic

[compazine]
name = Compazine
generic = prochlorperazine
not = comparing

[docusate]
name = docusate
class = laxative
aliases = docusate sodium | stool softener

[colace]
name = Colace
generic = docusate

[senna]
name = senna
class = laxative
aliases = sennosides

[senokot]
name = Senokot
generic = senna

[senna-docusate]
alternatives = senna | docusate
name = senna/docusate
class = laxative
aliases = sennosides-docusate | senna-docusate | senna S

[senokot-s]
name = Senokot-S
generic = senna-docusate

[peri-colace]
name = Peri-Colace
generic = senna-docusate

[polyethylene-glycol]
name = polyethylene glycol
class = laxative
aliases = PEG 3350 | polyethylene glycol 3350

[miralax]
name = Miralax
generic = polyethylene-glycol

[lactulose]
name = lactulose
class = laxative
not = lactose

[bisacodyl]
name = bisacodyl
class = laxative

[dulcolax]
name = Dulcolax
generic = bisacodyl

[methylnaltrexone]
name = methylnaltrexone
class = laxative

[relistor]
name = Relistor
generic = methylnaltrexone
not = resistor

[naloxegol]
name = naloxegol
class = laxative

[movantik]
name = Movantik
generic = naloxegol

[lubiprostone]
name = lubiprostone
class = laxative

[amitiza]
name = Amitiza
generic = lubiprostone

[linaclotide]
name = linaclotide
class = laxative

[linzess]
name = Linzess
generic = linaclotide

[prednisone]
name = prednisone
class = corticosteroid

[deltasone]
name = Deltasone
generic = prednisone

[methylprednisolone]
name = methylprednisolone
class = corticosteroid
aliases = methylprednisolone dose pack | methylprednisolone acetate

[medrol]
name = Medrol
generic = methylprednisolone
aliases = Medrol Dosepak | Medrol dose pack | Medrol Dosepack

[depo-medrol]
name = Depo-Medrol
generic = methylprednisolone

[dexamethasone]
name = dexamethasone
class = corticosteroid
aliases = dexamethasone sodium phosphate

[decadron]
name = Decadron
generic = dexamethasone

[triamcinolone]
name = triamcinolone
class = corticosteroid
aliases = triamcinolone acetonide

[kenalog]
name = Kenalog
generic = triamcinolone

[betamethasone]
name = betamethasone
class = corticosteroid

[celestone]
name = Celestone
generic = betamethasone

[prednisolone]
name = prednisolone
class = corticosteroid

[sumatriptan]
name = sumatriptan
class = migraine

[imitrex]
name = Imitrex
generic = sumatriptan

[rizatriptan]
name = rizatriptan
class = migraine

[maxalt]
name = Maxalt
generic = rizatriptan
aliases = Maxalt-MLT

[zolmitriptan]
name = zolmitriptan
class = migraine

[zomig]
name = Zomig
generic = zolmitriptan

[eletriptan]
name = eletriptan
class = migraine

[relpax]
name = Relpax
generic = eletriptan

[lidocaine]
name = lidocaine
class = local-anesthetic
aliases = lidocaine HCL | lidocaine hydrochloride | lidocaine ointment | lidocaine cream | lidocaine gel | lidocaine jelly | topical lidocaine | lidocaine 5% ointment | lidocaine solution

[xylocaine]
name = Xylocaine
generic = lidocaine

[anecream]
name = Anecream
generic = lidocaine
aliases = Ane cream

[lmx]
name = LMX
generic = lidocaine
aliases = LMX 4

[lidocaine-patch]
alternatives = lidocaine
name = lidocaine patch
class = local-anesthetic
aliases = lidocaine 5% patch | lidocaine patches | lidocaine transdermal patch | lidocaine pad | lidocaine topical patch | lidocaine 4% patch

[lidoderm]
name = Lidoderm
generic = lidocaine-patch
aliases = Lidoderm patch | Lidoderm patches

[ztlido]
name = ZTlido
generic = lidocaine-patch

[lidopatch]
name = Lidopatch
generic = lidocaine-patch

[lidocare]
name = Lidocare
generic = lidocaine-patch

[lidocaine-prilocaine]
alternatives = lidocaine
name = lidocaine/prilocaine
class = local-anesthetic
aliases = lidocaine-prilocaine | lidocaine and prilocaine

[emla]
name = EMLA
generic = lidocaine-prilocaine
aliases = EMLA cream

[bupivacaine]
name = bupivacaine
class = local-anesthetic

[marcaine]
name = Marcaine
generic = bupivacaine

[exparel]
name = Exparel
generic = bupivacaine

[ropivacaine]
name = ropivacaine
class = local-anesthetic

[naropin]
name = Naropin
generic = ropivacaine

[capsaicin]
name = capsaicin
class = topical-analgesic
aliases = capsaicin cream | capsaicin patch | capsaicin 0.025% | capsaicin 0.075%

[zostrix]
name = Zostrix
generic = capsaicin

[qutenza]
name = Qutenza
generic = capsaicin

[capzasin]
name = Capzasin
generic = capsaicin

[menthol]
name = menthol
class = topical-analgesic
aliases = menthol gel

[biofreeze]
name = Biofreeze
generic = menthol

[icy-hot]
name = Icy Hot
generic = menthol

[mentherm]
name = Mentherm
generic = menthol

[menthoderm]
name = Menthoderm
generic = menthol

[methyl-salicylate]
name = methyl salicylate
class = topical-analgesic
aliases = methyl salicylate/menthol | methyl salicylate-menthol | salicylate | trolamine salicylate

[bengay]
name = Bengay
generic = methyl-salicylate
aliases = Ben-Gay

[salonpas]
name = Salonpas
generic = methyl-salicylate
aliases = Salonpas pad | Salonpas patch

[aspercreme]
name = Aspercreme
generic = methyl-salicylate

[camphor]
name = camphor
class = topical-analgesic

[terocin]
name = Terocin
class = compound
aliases = Terocin lotion | Terocin patch | Terocin patches

[lidopro]
name = Lidopro
class = compound
aliases = Lidopro ointment | Lido Pro | LidoPro cream | Lidopro lotion

[medrox]
name = Medrox
class = compound
aliases = Medrox patch | Medrox ointment

[dendracin]
name = Dendracin
class = compound
aliases = Dendracin lotion

[compounded-topical]
alternatives = diclofenac-topical | diclofenac-epolamine | capsaicin | menthol | methyl-salicylate | camphor | dextromethorphan | terocin | lidopro | medrox | dendracin | lidocaine | lidocaine-patch | lidocaine-prilocaine | ketoprofen | flurbiprofen
name = compounded topical
class = compound
aliases = compounded cream | compound cream | topical compound | compounded medication | compounded topical analgesic | compounded topical cream | topical compounded cream | compounded analgesic cream | compound medication | transdermal cream | topical analgesic | topical analgesics | topical cream | compounded product | compounded creams | topical analgesic cream | analgesic cream | pain cream | compounded | transdermal compound | compounded transdermal

[dextromethorphan]
name = dextromethorphan
class = topical-analgesic

[glucosamine]
name = glucosamine
class = medical-food
aliases = glucosamine sulfate | glucosamine/chondroitin | glucosamine chondroitin | chondroitin

[cosamin]
name = Cosamin
generic = glucosamine

[medical-food]
name = medical food
class = medical-food
aliases = medical foods

[theramine]
name = Theramine
generic = medical-food
not = thiamine

[sentra-am]
name = Sentra AM
generic = medical-food

[sentra-pm]
name = Sentra PM
generic = medical-food

[trepadone]
name = Trepadone
generic = medical-food

[gabadone]
name = GABAdone
generic = medical-food

[percura]
name = Percura
generic = medical-food

[apptrim]
name = AppTrim
generic = medical-food

[somnicin]
name = Somnicin
generic = medical-food

[genicin]
name = Genicin
generic = medical-food

[ultracin]
name = Ultracin
generic = medical-food

[vitamin-d]
name = vitamin D
class = medical-food
aliases = vitamin D3 | cholecalciferol | ergocalciferol

[vitamin-b12]
name = vitamin B12
class = medical-food
aliases = B12 | cyanocobalamin | vitamin B-12

[sildenafil]
name = sildenafil
class = erectile-dysfunction
aliases = sildenafil citrate

[viagra]
name = Viagra
generic = sildenafil

[revatio]
name = Revatio
generic = sildenafil

[tadalafil]
name = tadalafil
class = erectile-dysfunction

[cialis]
name = Cialis
generic = tadalafil

[vardenafil]
name = vardenafil
class = erectile-dysfunction

[levitra]
name = Levitra
generic = vardenafil

[staxyn]
name = Staxyn
generic = vardenafil

[lisinopril]
name = lisinopril
class = cardiovascular

[zestril]
name = Zestril
generic = lisinopril

[prinivil]
name = Prinivil
generic = lisinopril

[amlodipine]
name = amlodipine
class = cardiovascular

[norvasc]
name = Norvasc
generic = amlodipine

[metoprolol]
name = metoprolol
class = cardiovascular
aliases = metoprolol tartrate | metoprolol succinate

[lopressor]
name = Lopressor
generic = metoprolol

[toprol]
name = Toprol
generic = metoprolol
aliases = Toprol XL

[propranolol]
name = propranolol
class = cardiovascular

[inderal]
name = Inderal
generic = propranolol

[clonidine]
name = clonidine
class = cardiovascular

[catapres]
name = Catapres
generic = clonidine

[hydrochlorothiazide]
name = hydrochlorothiazide
class = cardiovascular
aliases = HCTZ

[losartan]
name = losartan
class = cardiovascular

[cozaar]
name = Cozaar
generic = losartan

[atorvastatin]
name = atorvastatin
class = cardiovascular

[lipitor]
name = Lipitor
generic = atorvastatin

[simvastatin]
name = simvastatin
class = cardiovascular

[zocor]
name = Zocor
generic = simvastatin

[warfarin]
name = warfarin
class = cardiovascular

[coumadin]
name = Coumadin
generic = warfarin

[enoxaparin]
name = enoxaparin
class = cardiovascular

[lovenox]
name = Lovenox
generic = enoxaparin

[rivaroxaban]
name = rivaroxaban
class = cardiovascular

[xarelto]
name = Xarelto
generic = rivaroxaban

[metformin]
name = metformin
class = diabetes

[glucophage]
name = Glucophage
generic = metformin

[insulin]
name = insulin
class = diabetes
aliases = insulin glargine

[lantus]
name = Lantus
generic = insulin

[humalog]
name = Humalog
generic = insulin

[cephalexin]
name = cephalexin
class = antibiotic

[keflex]
name = Keflex
generic = cephalexin

[ciprofloxacin]
name = ciprofloxacin
class = antibiotic

[cipro]
name = Cipro
generic = ciprofloxacin

[amoxicillin]
name = amoxicillin
class = antibiotic
aliases = amoxicillin/clavulanate

[augmentin]
name = Augmentin
generic = amoxicillin

[clindamycin]
name = clindamycin
class = antibiotic

[cleocin]
name = Cleocin
generic = clindamycin

[doxycycline]
name = doxycycline
class = antibiotic

[sulfamethoxazole-trimethoprim]
name = sulfamethoxazole/trimethoprim
class = antibiotic
aliases = SMX-TMP | TMP-SMX

[bactrim]
name = Bactrim
generic = sulfamethoxazole-trimethoprim
aliases = Bactrim DS

[mupirocin]
name = mupirocin
class = antibiotic

[bactroban]
name = Bactroban
generic = mupirocin

[cetirizine]
name = cetirizine
class = antihistamine

[zyrtec]
name = Zyrtec
generic = cetirizine

[loratadine]
name = loratadine
class = antihistamine

[claritin]
name = Claritin
generic = loratadine

[tamsulosin]
name = tamsulosin
class = other

[flomax]
name = Flomax
generic = tamsulosin

[oxybutynin]
name = oxybutynin
class = other

[ditropan]
name = Ditropan
generic = oxybutynin

[testosterone]
name = testosterone
class = other
aliases = testosterone cypionate | testosterone gel

[androgel]
name = AndroGel
generic = testosterone
not = androgen

[nicotine]
name = nicotine
class = other
aliases = nicotine patch | nicotine gum

[nicoderm]
name = Nicoderm
generic = nicotine

[varenicline]
name = varenicline
class = other

[chantix]
name = Chantix
generic = varenicline

[acyclovir]
name = acyclovir
class = other
aliases = valacyclovir

[valtrex]
name = Valtrex
generic = acyclovir

[memantine]
name = memantine
class = other
not = meantime

[namenda]
name = Namenda
generic = memantine

[donepezil]
name = donepezil
class = other

[aricept]
name = Aricept
generic = donepezil

[prazosin]
name = prazosin
class = cardiovascular

[minipress]
name = Minipress
generic = prazosin

[cannabis]
name = cannabis
class = other
aliases = medical marijuana | marijuana | cannabidiol | CBD | CBD oil | THC | dronabinol

[marinol]
name = Marinol
generic = cannabis
