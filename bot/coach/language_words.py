"""Content words of each language, drawn from the labelled corpus by
`python -m bot.language_words` (50962 examples; each word in 5+ examples of its
language and 6x more frequent there than in the other). Generated: edit the corpus,
not this file."""

FR_WORDS = frozenset(
    """
    0,03 0,24 0,3 0,34 1,2 1080x1920 10h 10h30 11h 14h 14h30 15h 15h30 16h 17h 18h 18h30 19h 1er
    1ere 1re 20h 21h 23h 2e 3,1 35h 36xxx 3e 4,2 4,8 4,9 4e 4h 4x3 5e 6e 7h 7h30 7j 8h 8h30 9h 9h30
    a4 abandonne abdos abime abo abonne abonnee abonnees abonnement abonnements abonnes abord
    abribus absence absents absolument academie accelere accepte acces accessibilite accessibles
    accession accompagne accompagnement accompagnent accompagner accord accords accroche accroches
    accrocheur accueil accueille accueillent accueilli accueillir accuse achat achats achete
    achetees achetent acheter acheteur acheteurs achetez acompte acquereurs acte acteur acteurs
    actifs actionnaire actionnaires actions activer activite activites actrice actu actuel acv
    adapte adaptee adaptes additifs adherent adherente adherentes adherents adhesion adieu adjoint
    administrateur administration admission adn ado adoptants adore adorent adorer ados adresse
    adresses adultes adversaire aere aerienne aeroport affaire affaires affichage affiche afficher
    affiches affine affinee affinees affiner affirme afin africain africaine africains afrique ag
    agee agees agence agences agglo agit agrandir agricole agriculteur agriculteurs agriculture
    aidants aide aidee aider aides aie aient ailleurs aime aiment aimer aimerais aimerait aimez
    aines aise ait ajoute ajoutee ajouter ajoutes alcool alerte alertes algorithme aligneurs
    alimentaire alimentaires alimente alimenter allees allegation allegations allemagne allemand
    allemande allemands aller allergenes allez allons allumee alors alpes alternance alternants
    alternatif alternatifs ambassadeur ambassadeurs ambassadrice ambassadrices ambiance ambiances
    ambitieux ame ameliore amelioree ameliorees ameliorer americain americains aminci amis amorcer
    amour amphi ampoule anachronique analyser analyste analystes ancien ancienne anciennes
    anciennete anciens anecdotes anglais anglaise anim animale animalerie animateur animateurs
    animatrice animaux anime animee animees animent animer animes anims annee annees anniv
    anniversaire anniversaires annoncant annonce annoncee annoncer annonces annonceur annonceurs
    annuaire annuel annuelle annuels annulation annule anonyme anonymes anonymiser anonymises ans
    antecedents antenne antillaise anvers anxiete ao aout apero apparait apparaitre appareil
    appareils apparemment appart appartement appartements appartiennent appartient appel appele
    appeler appelez appelle appels appetit appli applique apportez apprend apprendre apprenti
    apprentie apprentis apprentissage appris approche approchent approuve approuvee appuyer aprem
    aquarelle aquatique arabe arbitre arbre arbres archi architecte architectes archives argent
    argumentaire arnaque arnaques arret arrete arreter arrets arriere arrivants arrive arrivee
    arrivees arrivent arriver arrondi ars arthrose artificielle artisanale artisanat artiste
    artistes asiatique asiatiques asie aspire aspirent aspirer assemblee assez assistante
    assistantes assiste asso associe associee associes assos assurance assure assures assureur
    assureurs astreinte astuce astuces asv atelier ateliers ats attache attaches attaque attaquer
    atteint attend attendant attendent attendre attente attirer attribue aubin aucun aucune
    audioguide audioprothesiste auditeur auditeurs auditif auditifs auditive auditives augmente
    augmentee aujourd aumonerie aupres aura aurais aurait autant auteur auteurs authenticite
    authentique automatique automatiquement automatiques automatise automatiser automne autonomie
    autorisation autorisations autorise autorisent autorises autoroute autour autre autres autrice
    auxiliaire auxiliaires avaient avais avait avance avantages avc avenant avenir avent aventure
    avion avis avocats avoine avoir avoue avril ayant ayants ba bache baches bague bagues bail
    bailleur bain baiser baisse baisser bal balancer ballon ballons ballotins banc bancaire
    bancaires bande bandeau bandes banlieue banniere bannieres banque banques barbecue barbus
    barcelone bareme barometre barre barres barriere bas basique basse bassin bat bateau bateaux
    batiment batiments batterie battu baume bcp bd beau beaucoup beaute beaux bebe bebes bel belge
    belges belgique belle belles benali beneficiaires benetton benevole benevoles bertrand besoin
    besoins bete betise betises beton beurre biais bibliothecaires bibliotheque bidon bien bienfaits
    bientot bienveillante bienvenue biere bieres bigoudenes bijoux bilan bilingue billet billets
    billetterie bisous bizarre bizarres bjr blague blanc blanche blanches blanchiment blancs blesses
    bleu bleue bleus bloc blondes blonds bloque bloquer blouse blouses bobo boheme bois boisson boit
    boite boites boitier bon bonjour bonne bonnes bons bonsoir booste boostee boostees booster bord
    borne bornes bosse bossent bosser botox bouche bouclage boucle boucles bouffe bouge bougent
    bougies boulanger boulangere boulangerie boulangeries boulangers boulot bourges bourres bourse
    bout bouteille bouteilles boutique boutiques bouton bouts bracelets braderie brainstormer
    branche brancher brande bras brasseur bravo bresil bretagne bretonne bretons breves bricolage
    bricoleur briefer brive bronzes brouillon brouillons bruit brule brulees brume brushing brut
    brutes bruxelles btp buche buches bullshit bureau bureaux buvette buzz buzzer cabane cabine
    cabines cabinet cache cadeau cadeaux cadre cadrer cadres cagnotte cahier caisse caisses
    caissiere calcul calcule calculer cale calendrier caler camarades camion camions campagne
    campagnes camping canape canapes candidat candidats candidature candidatures canette canicule
    canne cantine capable capitaine capsules captation capteur capteurs capuche capuches caractere
    caracteres carbone carburant cardiaque careme cariste caristes carnaval carre carreaux carrelage
    carriere carrieres carrousel carrousels cartables carte cartes carton cartonne cartons cas casa
    casque casques casquettes cassandre casse casser categorie cathedrale cave caveau cb ccas cci
    cdi ce1 cede ceder celebre celebrite celine celle celles cellule celui centaine centaines
    centenaire centrale ceramique cereales ceremonie cerisiers cernes certaines certains certif
    certificat certifie cession cest ceux cgu cgv ch chacun chacune chai chaine chaleur chaleureuse
    chaleureux chambre chambres chameaux changeant changement changent changer chanson chansons
    chante chanter chanteur chanteuse chantier chantiers chants chapeau chapelle chapitres chaque
    chargee chargeur charte chatons chaud chaudiere chauds chauffage chauffeur chauffeurs chaussures
    cheffe chelou chemin chemise cher cherche chercher chercheur chercheurs cherchons chere cheres
    chers chevaliers cheveux chien chiens chiffre chiffrer chiffres chine chinois chiot chiots
    chirurgie chirurgien chirurgiens choc chocolat chocolats choisi choisir choisira choisis
    choisisse choisissent choisit choix chomage choque chorale chose choses chronique chroniques chu
    chute chutes ci ciblage cible ciblee ciblees cibler cibles ciel cigales cimetiere cine
    cinquantaine circulaire circule circulent citant citation citations citent citer citoyens citron
    civile clair clairement claires claque clash classe classement classer classes classique cle
    clermont cles clic clics cliente clientele clientes climat clin clinique cliniquement cliniques
    clocher clonage clonee cloner cloture cm2 cnil coachs coche cocher codir coffre coffret coffrets
    coherents cohorte coiffeuse coin colere colis collaborateur collaborateurs collaboratrice
    collaboratrices collagene collant colle collecte collectif collectionneur collectionneurs
    collectivite college collegiens collegue collegues collent coller collier colo coloc colore
    colorectal coloris colorisation coloriser colos com comedien comedienne comediens comex comite
    comm commande commander commandes comme commence commencer commentaire commentaires commente
    commercants commerciale commercialement commerciaux commissaire commu commun communaute commune
    communes communique communiques compagnie compagnons comparateur comparatif comparer compense
    competitif complement complements complet completement completer compo comportement compositeur
    comprehension comprendre comprends compris comprises compta comptable compte compter comptes
    compteur compteurs concerne concernes concertation concession concessions concours concretement
    concu concue concurrence concurrent concurrente concurrentes concurrentielle concurrents
    condoleances conducteur conducteurs conduite conf confiance confidentialite confidentiel
    confidentielle confidentielles confidentiels confie confier configurateur confirme confirmer
    confitures conforme conformite confrere conge conges congres connais connait connecte connectes
    connexion connu connue conseil conseille conseiller conseillere conseilleres conseillers
    conseillez conseils consentement conservateur considere consigne consignes conso consommateurs
    consommation consomme consommee consomment consommer constructeur construire construit
    construite contactez conte contenir contente contents contenu contenus contexte contiennent
    contient continuer contractuelle contrainte contraire contrat contrats contre contrefacon
    contribue contributions controle convaincre convertit convient coop cooperatif cop copiant copie
    copier coquille coquilles cordialement coreen coreenne corps correctement correcteur corrige
    corriger corse cortege cosmetique cosmetiques cosmeto costard costaud costauds cote cotes
    cotisation coton coucher couches coucou couleur couleurs coulisses coup coupe couper coupes
    coups coupure cour courage courant coureurs courriel courriels courrier courriers cours courte
    courtes courts coussins cout coute couts couv couvert couverts couverture couvertures couvre
    couvrent couvreur couvrir couvs cp cpf crains craint crea creas createur createurs creation
    creations creatrice creatrices creche creches credibles cree creee creees crees creme creneau
    creneaux crise criteres critiques croient croire crois croise croises croisiere croissance croit
    croix croque croquettes croquis crue cse csp cuir cuisine cuisines culturel culturelle curiste
    curistes cv cybersecurite cyclables cycliste da daf dame danger danse dansent danseurs danseuses
    datacenters datent debarque debat debloquer debordee debut decale decalee decaler decede decedee
    decedes decembre deces decharge dechet dechets decider declarer declinaisons decliner deco decor
    decors decouvert decouverte decouvertes decouvre decouvrent decouvrez decouvrir decrire decrit
    decroche dedans dedicace def defaut defendre defenses defile defunt degre degustation dej deja
    dejeuner delai delais delegues demain demandant demande demandent demander demandes demandez
    demarche demarches demarre demarrer dementi demi denier dent dentaire dentiste dentistes dents
    depart departemental departementales depasse depenses depistage deplace deplacee deplacement
    deplacements depliant deploie depose deposee deposer depuis derange dermato dermatologique
    dermatologiquement dermatologues dermatos dernier derniere dernieres derniers derriere desactive
    desactiver desc descend descriptif descriptifs desolee desoles desormais dessin dessine dessinee
    dessinent dessiner dessines dessins dessous dessus detecte detectent detecter detecteur
    detecteurs detient detourage detoure detourer detourner deuil deux devant developpement
    developpeurs devenez devenir deviennent devient devine deviner devis devoir devons devra devrait
    dg dgccrf diabete diabetique diagonale diaporama dieu differente differentes differents
    difficulte diffuse diffusee diffusees diffuser diffuses digitale dimanche diplome diplomee
    diplomes dira dirait dire direct directe directement directeur directeurs direction directrice
    directrices dirigeants dis disait disant discours discret discrete discutent dise disent
    disparait disparu dispo disponible disponibles distillerie distrib distribue distributeur
    distributeurs distribution dit dite dites diverses diversifier diversifies diversite dividende
    divise dix dizaine dizaines docteur doctolib doigts dois doivent domaine domicile donateur
    donateurs donnant donne donnee donnees donnent donner donnes dons dos dossier dossiers douala
    doublage doublee doubler douce douceur douche douleur douleurs doute douzaine dp drapeaux drh
    droit droite droits drole ds dsi dsl dubois dujardin durabilite durable durablement durables
    durand dure duree durent dynamique dynamiques eau eaux ecart echange echanges echantillon
    echantillonnage echantillons echeance echelle ecogestes ecole ecoles ecolo ecologique
    ecologiques economies economise economiser economisez ecoresponsable ecoute ecouter ecouteurs
    ecran ecrans ecris ecrit ecrite ecrites ecrits ecriture ecrive ecrivent ecurie edf editeur
    editeurs edito editoriale efface effacer effet effets efficace efficacite egalite egerie eglise
    ehpad elec electeurs electorale electricite electrique electriques electronique elements eleve
    eleves eleveurs elimine elu elue elus emailing emballage emballages embarquement embauche
    embellir emet emouvant empeche empecher emploi emplois employe employes employeur empreinte
    emprunteur encadre encadrer encart enceinte enceintes encore energetique energie energivore
    enfance enfant enfants enfin engagee engagements enjeu enjeux enleve enlever enorme enormement
    enquete enregistre enregistree enregistrees enregistrement enregistrements enregistrer
    enregistres enseignants enseigne ensemble ensuite entend entendu enthousiastes entier entiere
    entierement entoure entraine entrainement entrainent entrainer entree entrees entrepot
    entreprise entreprises entretien entretiens envers envie environ environnement environnemental
    envisage envisageons envoi envoie envoient envois envoye envoyee envoyees envoyer envoyes
    envoyez enzo eolien epargne epicerie epilation epingles epoque epreuves equipage equipe equipes
    erreur erreurs escale espace espaces espagne espagnol espagnole espece especes espere espoir
    esprit essai essaie essais essayage esthetique estimations estime estimer etabli etablissement
    etablissements etage etaient etais etait etape etapes etat etats ete etendre etes ethique
    etiqueter etiquette etiquettes etoile etoilee etoiles etranger etrangers etude etudes etudiant
    etudiante etudiants euh euromillions europeen europeenne europeennes europeens eux evaluation
    eveil evenement evenementielle evenements eveque evidemment evident evin evite eviter eviterait
    exacte exactement exagere examen excellente exception exclu exclusif exclusivite excuse
    exemplaires exemple exemples exercice exercices exige exigee exiger existe existent experte
    expertise explicative explique expliquer exploitation explose expo exporte exporter exposants
    exposer exposition express exterieur externe extraire extrait extraits fabricant fabrique
    fabriquee fabriquees fac facettes facetune facile facilement facon facteur facture factures
    faible failli faim fais faisable faisant faisons faite faites faits falc fallait familial
    familiale famille familles farine fasse faudrait fausse fausses faute fautes fauteuil fauteuils
    faux fede felicitations felicite feminin feminine femme femmes fenetre fer fera ferait ferme
    fermee fermer fermes fermeture festivaliers fete feter fetes feu feuille feuilles feux feves
    fevrier fiable fiables fibres fiche fichent fiches fichier fichiers fictif fictifs fictive
    fictives fidele fideles fidelite fier fiere fiers fierte figurants fil filer filiale filiales
    filiere filigrane fille filles filme filmee filmees filmer filmes fils filtre filtres fin finale
    finalement finalistes financement financier financiers finaux fini finir finis fiscale fiscales
    fiscalite flacon flacons flamand flamands flan flandre flashs fleuri fleuriste fleurs flotte
    flou floue floues floute flouter fluide foire fois foncee foncees fonction fonctionnalite
    fonctionnement fonctions fond fondateur fondateurs fondation fondatrice fonde fondee fonds font
    foot forcement foret forets forfait forfaits formateur formation formations formatrice forme
    formes formulaire formulation formule formuler formules fort forts fou foule foules fourni
    fournies fournil fournisseur fournisseurs fournit fournitures foyers fragiles frais fraises
    francais francaise francaises franchement franchises fraude freelances frequence frequent
    frequentation frequentes frere fresque frigo frise frites froid fromage fromages frugale fruits
    fuir fuite fumee funeraire futs futur futurs ga4 gaffe gagnant gagnante gagnantes gagnants gagne
    gagner gagnez galere galerie gamin gamins gamme gand garanti garantie garanties garantis
    garantit garcon garcons gardant garde gardent garder gardien gardiens gare garnier gars gaspi
    gateau gateaux gaz gazette geant geants geek gelules genant gene generale generateur generatif
    genere generee generees generent generes generique generiques geneve genial geniale genre gens
    gerant gerante gerants gere gerer ges geste gestes gestion giec gilet girafes glaces glisse
    glisser globale glossaire gms gobelets goldman golfe gomme goncourt goodies gourde gourdes
    gourmand gout goute gouter goutte gouttes gouvernement grace graines grammes grande grandes
    grandeur grandir grands graphes graphique graphiques graphiste graphistes gras grattage gratuit
    gratuite gratuitement gratuites gratuits grave gravure gravures greve grille griller grilles
    grippe gris grises gros grosse grosses grossesse groupe groupement groupes guerre guidant
    guirlandes gymnase hab habille habitant habitants habitation habitudes habituel habituelle
    handicap handicapee harcelement harmoniser harnais hasard hausse haut hauteur hebdo heberge
    hebergee hebergement heberges hein helloasso herisson heritiers heros hesite heteros heure
    heures heureuses heureux hibou hier histoire histoires historique historiquement historiques
    hiver hlm hommage homme hommes honnete honnetement honore honorer hopital horaire horaires
    horloger hors hospitalisation hotesse hotesses hs ht hui huile huitres humain humaine humains
    humeur humoriste humoristique humour hybride hymne hypoallergenique ia ici icones ideale
    idealement idee idees identique identite ifop ile illu illus illustrateur illustrateurs
    illustratif illustratrice illustre illustree illustrees illustrer illustres imaginee imige
    imitant imite imitee imiter immeuble immeubles immo immunitaire immunite impayes imperfections
    implant implantation importateur importe impose imposer impot impots impression imprime imprimee
    imprimees imprimer imprimes imprimeur inactifs inauguration inaugure incendie inclus incluse
    inclusif incroyable incruste inde indemnisation independant indications indique indiquer
    individuels industriel infantile infirmier infirmiere infirmieres infirmiers influ influence
    influenceur influenceurs influenceuse influenceuses infographie infographies infolettre
    informatique informer infos inge ingenieur ingenieure ingenieurs inondation inondations inpi
    inquiete inquieter inscription inscriptions inscrire inscrites inscrits inscrivez inserm
    inspirant inspire inspirer inspires installation installe institut institutionnel
    institutionnels insulte integralement integre integree integrer intelligence intelligente inter
    interdiction interdire interdit interet interieur interieurs interimaires internationale interne
    internes interpelle interpelles interroge interroger intervenante intervenantes intervenants
    intervention interventions interviewe introuvable inventaire invente inventee inventer inventes
    inverse investir investissement investisseurs invisibles invitee inviter ira irlande irritants
    issu issus italie italien italienne jai jamais jambes janvier japon japonais japonaises jardin
    jardinage jardinerie jardinier jardiniers jardins jaune jaures jean jet jets jeu jeudi jeune
    jeunes jeunesse jeux jfais joconde johnny joie joignable joli jolie joliment jolis josiane
    jouable joue jouent jouer joues jouet jouets joueur joueurs jour journal journaliste
    journalistes journee journees jours joyeux jpeux jpo jsp jsuis jt juillet juin jul juliette
    jumeau jumeaux jumelage jure juridique juridiquement juridiques jurisprudence juriste jus jusqu
    juste justes justificatif jutilise jvais jveux kakemono kakemonos karine ke kermesse kimono kine
    labo laboratoire lac lache laine laisse laissent laisser laissez lait lampe lance lancement
    lancer lancons langage languagetool langue langues lannion lanternes lapins laquelle lave lecon
    lecons lecteur lecteurs lectrices lecture lectures lefevre legale legalement legales legende
    legendes leger legere legerement legislatives legumes leman lentilles leon lequel leroy
    lesquelles lesquels lessive lettre lettres leve levee levier leviers levres libanais liberte
    libraire libraires librairie libre librement libres licenciement lien liens lieu lieux ligne
    lignes ligue limite limitee limiter limites lin linge lira lire lis lisbonne lise lisent lisible
    lisibles lissage lisse lissee lisser liste lister listes lit litteratie livrables livraison
    livraisons livre livree livrer livres livret livreur livreurs locale locataire locataires locaux
    logement logements logiciel logistique loi loin londres longtemps longue lors loto louche loup
    lourd loyer lsf lu luchini lues lui lumiere lumineux lundi lunettes lus lutins luxe lycee
    lyceens macarons madame magasin magasins maghreb maghrebine magie magique magnifique mai mail
    maillot maillots mails mains maintenant maintenu maire maires mairie mairies maison maisons
    maitre maitres maitresse maitrise mal malade malades maladie maladies malentendants malgre malo
    maltraitance malvoyantes malvoyants maman mamans mamie mamies mandat mange mangent maniere manif
    mannequin mannequins manon manque manuscrit manuscrits maprimerenov maquette maquettes
    maquillage marbre marche marchent marches mardi margaux marge marges mari mariage mariages
    mariee mariees maries marin marins marion maroc marocaine marquage marque marquer marques
    marraine mars marseillais martine mascotte mascottes masculin masque masques masse matchs
    materiaux maternelle maternite mathilde matiere matieres matin matinale mauvais mauvaise mdd mdp
    mdr mec mecanicien mecanos mecene mecontents mecs medecin medecins mediametrie medias
    mediatheque mediatheques medicale medicales medicaments medicaux meeko meilleur meilleure
    meilleures meilleurs melange membre membres meme memoire menace menaces menage mensuel mensuelle
    mentale mentionne mentionner mer merci mercredi mere meres merite merlin mesdames messieurs
    mesure met metadonnees meteo methode metier metiers metrage metropole mets mettant mette mettent
    mettez mettra mettrait mettre metz meuble meubles meuf mexique mi midi miel mien mieux mignon
    milieu militant militante militants mille millesime millet milliards milliers millions mince
    minces minceur mineurs miniatures ministere ministre minuit mis mise mises missions mixte mme
    mobil mobilier mobilite moche moches modele modeles moderne moderniser modifie modifiee modifier
    moebius moi moines moins mois moitie monde mondial mondiale monique moniteur moniteurs monsieur
    montage montages montagne montant montants monte montee monter monteur monteurs montrant montre
    montrent montrer montres montreuil montures morceau morceaux morphologies mort morts mosaique
    mot moteur motif motifs motive moto mots moussa mousse mouvement moyen moyenne municipale
    municipales mur musee musical musiciens musique musiques mutualiste mutuelle mutuelles
    myheritage mythes naissance napoleon nappes natif natifs nationale naturel naturelle
    naturellement naturelles naturels naturopathe navette navettes navigation nb nee neerlandais
    negatif negatifs negligeable nego negocie negocies negos neige neobanque nette nettes nettoyage
    nettoye nettoyer neuf neutre neutres neuve neveu nez ni nickel nique niveau nocturne noel noir
    noires noirs nom nombre nombreux nominatif nominatifs nommer noms non nord normalement normandie
    normes notaire noter notres nourri nourrir nourrit nouveau nouveaute nouveautes nouveaux nouvel
    nouvelle nouvelles novembre noyade nucleaire nuit nul nulle num numerique numeriques numero
    numeros objectif objectifs objet objets obligatoire obligatoires oblige obliges obseques obtenir
    obtenu occasion occupation occupe octobre oeil oenotourisme oeufs offert offerte offerts
    officiel officielle officielles officine officines offre offres offrez offrir oiseaux oms ong
    ongles ope operateur operateurs operation opposer opticien optique oral ordi ordinateur
    ordonnance ordonnances ordre ordres organise organisee orienter originale originales originaux
    origine origines ortho orthographe orthographique ot oublie oublier ouest oui outil outils
    ouvert ouverte ouvertes ouverts ouverture ouvrage ouvre ouvrent ouvrier ouvrieres ouvriers
    ouvrir ovh pac paie paiement paire paires palettes palme panier panne panneau panneaux pantoute
    papa papas pape papi papier papiers papis papy paques paragraphe parait parapharmacie parc parce
    parcours pardon pareil pareilles pareils parentale parentales parfait parfaite parfaitement
    parfaites parfaits parfois parfum parfums parieurs parisien parisienne parisiens parlant parle
    parlent parler parmi parodie parodique paroisse paroissial paroissiale parole paroles parrainage
    pars partage partagees partagent partager partagez partant partante parte partenaire partenaires
    partenariat partenariats partent parti participe particulier particulieres particuliers partie
    parties partir partis partout passage passagers passant passe passee passees passent passer
    passez passionne passionnee passionnes pasteur pate pates pathologie pathologies patiente
    patientes patisserie patrimoine patron pavillon payant payante payantes paye payee payees payer
    payes payons paysage paysages paysans pb pdg peau peaux peche pecheur pecheurs pedagogique
    pedagogiques pediatres pediatrie peine peinture pelerinage peluches penaliser pendant pensais
    pensait pense pensent penser penses pensez percutant perd perdent perdre perdu perdue perdus
    pere peres periode permanence permanente permet permettent permis perpignan perso personnage
    personnages personnalise personnalisee personnalisees personnaliser personnalises personnalite
    personne personnel personnes persos perspectives perte pese pesquet pesticides petit petite
    petites petits peu peuple peur peuvent peux pharmacie pharmacien pharmacienne pharmaciens
    photocopieuse photographe photographes photographier photographies phototheque phrase phrases
    physique pictos pied pieds pieges pierre pilote pilotee pilotes pinte pique pire pis piscine
    piste pistes pk places plage plages plaid plaidoyer plainte plaisir plait planche planches
    planete planifier plannings plante plantent plantes plaque plaques plaquette plastique plat
    plateau plateforme plats plein pleine pleins pleniere pleure plombier plu pluie plusieurs plutot
    plv pme pmr pnc pneus pnj pochette poeme poids poilus poisson poissons polemique politique
    politiques polluant pollue polonais polyvalente pomme pompe pomper pompes pompier pompiers ponde
    pondre pondu pondue pont ponti pontivy populaire populaires portail porte portee portefeuille
    portent porter portes porteurs portugais pose posee posees posent poser poseurs posez positif
    positifs possede possibles postale postales poste postee postees postent posterait postes pot
    potable potager pote poteau potes poubelles pourra pourraient pourrait pourront pousse pousser
    poussette poussiere pouvait pouvez pouvoir pouvons pr pratique pratiques precautions precis
    precisant precise preciser precommande predire predit preelectorale prefere preferee preference
    preferent preferes preferez prefet premier premiere premieres premiers prend prendre prends
    prenez prenne prennent prenom prenoms preparateurs preparation prepare preparer preparons pres
    preselectionner presence presentateur presentatrice presente presentee presenterait presentes
    presidente presidentielle presque presse pressee presta prestataire prestataires prestations
    pret prete prets preuve preuves prevenez prevenir prevention prevenu prevenus previent
    previsionnel prevoir prevois prevoit prevoyance prevoyez prevu prevue prez primaire primes primo
    principale principaux principe printemps prioriser prioritaires priorite pris prise prises prive
    privee prives prix probabilite probablement probleme problemes proces prochain prochaine proche
    proches prod producteur producteurs produire produit produits profession professionnels profil
    profilage profils profiter profitez profs prog programmee programmer programmes progres
    progresse projections projet projeter projets projette promet promis promoteur promouvoir
    prompte prompter propos propose proposee proposer proposition propositions propre propres
    proprietaire proprietaires propriete proprio propulse propulsee prospection protege proteger
    proteges protegez proteine proteines protocole prouve prouvee prouver proximite pseudo pseudos
    psoriasis pu pub publi publication publics publie publiee publiees publient publier publiera
    publies publique publiques pubs puis puisque puisse pur purement pushs pv qd qq qqch qqn qqun
    quai qualiopi qualite quand quarantaine quartier quartiers quasi quatre quebecoise quelque
    quelques questionnaires quincaillerie quinzaine quitte quittes quotidien quotidienne raccourcir
    rachete raclette raconte racontent raconter radios raison raisonnable raisons rajeuni rajeunir
    rajeunit rajoute rajouter rale ralenti raler rame ramener ramenez rando randonneurs ranker
    rapide rappel rappeler rappelle rappels rappeur rapport rapporte rapports rassemblement
    rassurante rassurer ravie ravis rayon rdv reagir realisations realise realisee realisees
    realiste realistes realite rebours recadre recente receptionnistes recette recettes recevoir
    recharge recharger recharges recherche recherches recherchons reclamation reclamations reclame
    reco recoit recolte recommandations recommande recommandee recommandent recommander
    reconnaissable reconnaissables reconnaisse reconnait reconnaitre reconnu reconstitue
    reconstituee reconstituer reconstitution recours recree recreee recreer recrues recrute
    recrutement recruter recruteur recruteurs rectorat recu recueillis recues recupere recuperer
    recus recyclables recyclage recycle recyclees redac redacteur redacteurs redaction redactions
    redemander redessine redige redigee redigees rediger rediges reduire reduisent reduisez reduit
    reduite reecrire reecris reecrit reecrite reecrites reecrits reecrive reelle reelles refaire
    refais refait refaite referencement referente reflets reflexes refonte reforme reformule
    reformulee reformuler reformules refroidir refroidissement refuge refuges refugies refus
    refusent refuser regard regardant regarde regardent regarder regardez regenere regenerent
    regenerer regie regimes regionale regionales registre reglage reglages regle reglement
    reglementaire regles rehabilitation reine reinterpreter rejoignez rejoindre rejoins rejoint
    relaie relais relance relancer relances relation relayer relecteur relecture releve releves
    relira relire relis relise relit relu relue relues relus remarque remarques rembourse remboursee
    remboursees remboursement remboursements rembourses remercie remerciement remet remettre remise
    remises remixe remixer remonte remonter remplace remplacer remplacera remplir remplissage
    remplit remuneration remunere remuneree rencontre rencontrer rencontres rencontrez rend
    rendement rendent rendez rendre rendu rendus renforce renforcent renouvelable renouvellement
    renove renovee rentre rentree renvoie renvoyer reouverture repare repart repartager repas
    repasse repayer repere reperer repond repondants reponde repondent repondeur repondra repondrait
    repondre reponds repondu reponse reponses reportage reposte reposter reprenant reprend reprendre
    reprends reprenne reprennent representatif represente representent representer repris reprise
    reprises reproche requete requetes resa reseau reseaux reservation reserve reservee reserver
    reservez residence residences residente resiliation resilie resilier respecte respecter
    responsabilite responsable responsables ressemble ressemblent ressort ressortir restants
    restauration reste restent rester restitution resto restos resultat resultats resume resumer
    resumes retard retards retenir retire retirer retouche retoucheur retour retours retrait
    retraite retraitee retraites retranscrire retravaille retravaillee retravailler retroplanning
    retrouve retrouver retrouvez reu reunion reunionnais reunions reussi reussite reutilisables
    reutilise reutiliser reve revendeur revendeurs revendre revenir revenu revenus reviennent
    reviens revient revision revisitee revivre revoir revolution revue rgaa rge rgpd rh rhum rice
    riche rien rigoler rigolo rire risque risques rit riverains riviere robe robes robuste rodez
    romans rond ronde rouge rouges roulant roule roulent roulez roumain routier routiere routiers
    roux rp rse rssi ruban rubrique rue rues rupture rushs rythme sac sachant sacs saint sainte sais
    saison saisonniers saisons sait salaire salaires salariale salarie salariee salariees salaries
    saline salle salles salon salons salue salut samedi samedis sandrine sante sapin sapins sari
    satisfait satisfaites satisfaits sattouf sauf saura saute sautent sauvage sauve sauver sauvons
    sav savais savane savent saveurs savez saviez savoir savon scandinave scanne scannees sciences
    scientifiquement scientifiques scolaire scolaires scorer se seance seances seche secheresse
    secondaire secondaires seconde secondes secouristes secours secretaire secretariat secteur secu
    securite segmente segmenter sein seisme sejour sejours selection selectionne selon semaine
    semaines semble semestriels seminaire sempe sens sensibilisation sensibiliser sensibles sentent
    sentier septembre serai seraient serait serenade serez serie serieux seront serre sers sert
    servent serveur serveurs servi servir seul seule seulement seules seuls sexe shampoing shoote
    shooter shooting shootings si siecle siege signale signalement signaler signales signant
    signataires signe signee signees signent signer signera signes silhouette silhouettes simplement
    simples simplifier simulateur simule simulees simuler simules sinistres sinon sirop skieurs slt
    smartphone sncf sobre sobres sobriete sociale sociaux societaires societe soi soient soignant
    soignante soignantes soignants soigne soigneur soigneurs soin soins soir soiree soirees soirs
    soit soixantaine solaire solaires soldats solde soldes soleil solidaire solidarite solide
    sommeil sommes sommet sondage sonne sonore sons sors sort sortant sorte sortent sorti sortie
    sorties sortir sortis sosie souci soucis soudee souffle souhaite souhaiterais souhaitons
    soupconne sourcer sourds souriant souriante souriantes souriants sourient sourire sourires
    sourit souscripteurs soutenir soutien soutient souvenirs souvent soyez speciale speciales
    specifique spectacle spectacles spectateurs sponso sponsorise sponsorisee sponsorisees
    sponsoriser sponsorises sportif sportifs sportive stade stagiaire stagiaires stationnement
    statue statut sterilisation stocke stockees stocks stp strategie strategique strictement stromae
    structurer styliser sublime subvention succession successions sucre sucres sud suede suffisant
    suffisent suffit suggere suis suisse suisses suivi suivre sujet sujets supermarche suppose
    suppression supprime supprimer surement surpoids surtitres surtout survet survit sushis svp
    sweat sylvie symbolique sympa symptomes synchro syndicat syndicats synthese syntheses
    synthetique synthetiques systematiquement systeme t2 t3 tableau tableaux tablette tablettes
    tableur tablier tache taches taf tague taguent tagues taille tailles tailleur talents tamoul
    tant tantot tape tapis tard tarif tarifaire tarifs taux taxe tdm te technicien techniciens
    technique techniquement techniques technologie teint teinte teintes tel tele teleconsultation
    telephone telephones telephonique teletravail telle telles tels temoignage temoignages
    temoignent temoigner temoin temoins tempete temporaire temps tendance tendances tenir tenue
    tenues termes termine terrain terrasse terre territoire teste testee tester testeurs tete tetes
    texte textes thermale thermes thibault tiennent tient tigre tilleuls timide tique tirage tirages
    tire tirer tisane tissu titrage titre titrer titres titulaire toi toit toits tombe tomber
    tombola totale totalement touche toucher toujours tourisme touristes touristique tournage tourne
    tournee tournees tournent tourner tournicoti tournoi toxines tpe tracabilite tract tracts trad
    traditionnelle traducteur traducteurs traduction traductions traduire traduis traduit traduite
    traduites traduits trafic traine traite traitement traitements traiteur trajet trajets trame
    tranche trancher tranquilles transcriptions transcrire transcris transcrit transfere transforme
    transformee transformees transformer transformes transitions transmet transmets transmettre
    transmis transmission transmissions transparence transporteur transports travail travaille
    travailler travailleurs travaux trentaine trentenaires tresorier tri tribune tribunes trie trier
    trimestre trimestriel trinquent tris triste tristes trois trombi trombinoscope trompe trompeur
    trop trottinette trottinettes troubles trouve trouvee trouvees trouvent trouver trouves truc
    trucs tt ttc tuer turc tuteur tuto tutos tva typique typiquement typiques ue ufs ultra ulule
    uniforme uniformiser uniquement unis unite univers universite uns uploade uploader ur urgence
    urgences usagers usages usine usines utile utilisables utilisait utilisateur utilisateurs
    utilisation utilisatrice utilise utilisee utilisent utilises utilisez utilisons uvre uvres ux
    vacances vaccin vaccins vache vaches vais vaisselle valable valentin valeur valeurs validation
    valide validee validees valider valides validez vanille vanne vannes vante variantes variee
    variees varient varier varies vaut vege vegetal vegetales vehicule vehicules veille veillee velo
    velos velours vend vendanges vendangeurs vendeur vendeurs vendeuse vendeuses vendre vendredi
    vends vendu vendues vendus venez venir venise vent vente ventes ventre venu venus verger
    vergetures verifie verifier verifies verite vernissage verra verre verres vers vert verte verts
    vetements veterinaire veto vetos veulent veut veuve veux vf victime victimes victoire vidal vide
    vie vieille vieilles vieillir vieillit viennent viennoiseries viens vient vierzon vieux
    vigilance ville villes villeurbanne vin vingt vingtaine vins vire virement virer virginie
    virtuel virtuelle virtuels visage visages vise visibilite visibles visio visios visite visites
    visiteur visiteurs visuel visuelle visuels vitamines vite vitrine vitrines vivant vivent vivre
    vocal vocale vocales vocaux voeux voici voie voient voila voilee voilees voilier voir vois
    voisin voisins voit voiture voitures voix vol volant volontaire volontaires vols votez voudrais
    voudrait voudrions voulais voulait vouloir voulons voyage voyageur voyageurs voyez vrac vrai
    vraie vraies vraiment vrais vu vue vues wallonie webinaire webinaires wolof xixe ya yanis yaourt
    yaourts yeux youtubeur zidane
    """.split()  # noqa: SIM905
)

EN_WORDS = frozenset(
    """
    0.24 0.3 0.34 1,000 1,200 1,500 1,800 1.2 1.5 10,000 100x 10am 10pm 12,000 12th 14th 150th 15th
    1890s 18k 1920s 1930s 1940s 1950s 1960s 1970s 1990s 19th 1k 1st 2,000 2,300 2,400 2,500 2.3
    20,000 250,000 25k 28th 2k 2m 2nd 2pm 3,000 3.2 30s 30th 3pm 3rd 4,000 4.3 4.9 404s 4pm 5,000
    50,000 50s 50th 5pm 60s 6am 6pm 6s 70s 75th 7am 7pm 8,000 8am 8k 8pm 8s 9,000 99.9 9am 9k
    abandoned able aboriginal above abroad absolutely abstract academy accc access accessibility
    according account accountant accounts accuracy accurate acme across activist activists
    activities activity actor actors actress actual actually ad adapt adapted adaptive adapts add
    added adding address addresses adds adelaide adopt adopted adopters ads adults advertiser
    advertising advice adviser advisers advisor advisors advisory af affected afraid africa african
    after aftercare aftermarket afternoon afterwards again against aged ageing agencies agency
    aggregated agm ago agree agreed agreement ahead ai aid aids aigenerated aimed airdrop airline
    airport aisle alcohol alert algorithm aligner alike alive allergen allergens allergy allocation
    allow almost alone along alps already altered altogether always am amazing ambassador
    ambassadors american amira amount amounts ana analysis analyst analysts anc anchor angry animals
    animate animated animating anna annex anniversary announce announced announcement announcements
    announces announcing annual anonymised anonymous anonymously another answer answered answering
    answers anthem antwerp anxiety anybody anymore anything anytime anyway anywhere aoife apac
    apology app apparently appeal appear appears applicant applicants applications applies apply
    applying appointment apprentice apprentices apprenticeship approach approval approve approved
    approves approving approx apps apr april arab arabic architect area aren arm arms around arrived
    arriving arthritis artificial artist artists artwork as asa asia asian asins ask asked asking
    asks aso aspirational assembly assessment asset assignment assist assisted ate atlantic attached
    attenborough attendance attendee attendees auction audiobook aug august aussie australia
    authentic author authority authors automated automatic automatically automotive autumn ava
    availability available average avoid award awards awareness away awkward babies baby back
    backdrop backed background backgrounds backing backlash bag bagpipes baker bakers bakery baking
    balcony ball ballpark balm ban band bank banking banned banner banners barcelona barista barossa
    based basically basics batch bath battery bay bbq bc beach beaches beans beard bearded beat
    beats beautiful beauty became because becomes bed bedroom beds bedtime beef beer before behind
    being belgian belgium believe belongs below beneficiaries benefit benefits bengaluru best beta
    better betting between bias biased bid big bigger biggest bike bikes bilingual bill billboard
    billboards billing billion bills bin birmingham birth birthday birthdays bit bits blake blend
    blender block blocked blocking blocks bloke blood blossoms blue blur blurb blurbs blurred blurry
    board boardies boardroom boards boat boats bodies body boil boiling bologna book booked booking
    bookings booklet books boost boosted boosts booth boots border boring born borrow both bottle
    bottles bottom bought bound bowl boxes boys br bracket brainstormed brake branch branches brand
    branded brands brazil brazilian breach break breakfast breaking breathes brew brewed brewery
    brian briefing bright brightside bring bringing bristol britain british brits brittany bro
    broadband broadcast broke broken brother browsing brussels btw buddy budgeting build builder
    building buildings builds built bulk bullet bullets bumper bunch bundle burning burnout burns
    buses busy butter button buy buyer buyers buying buys byline cabin cake calculate calculator
    calendar call called callers calling calm came camels campaign campaigns campsite canadian
    cancel cancellation cancelled candidates candle candles cannot cant canteen capacity capped caps
    captain caption captioned captions carbon card cardboard cards care career careers carer carers
    cares caring carnival carousel carousels carpet carry cars cart cartoons cast castle casual
    catalog catch catchy category cats caught celeb celebrating celebrity cellar centenary century
    ceo cereal ceremony certificate certificates certified cfo cfos chain chair chairman chairs
    changed changelog changes changing channels chaos chapter character characters charging charity
    chart charter charts chasing cheaper cheapest check checkbox checked checking checkout checks
    cherry chicken chief child children china chinese chocolate choice choose choosing christmas
    cider circulating cited cities citizens city claims class classroom clay clean cleaned cleaner
    cleaning clear clearer clearly click clicks climate clinic clinical clinically clinics cloned
    cloning close closed closes closing closure clothes clothing clue cluster cmo coaches coast
    coastline coat coding cohort coins cold collagen colleague colleagues collect collectors
    colombia colombian color colour colourise colourised colours column come comes comic coming
    commentary commentator comments commercially commissioner commitment committee common comms
    communications communities commute comp companies company compared comparison competition
    competitor competitors complain complained complains complaint complaints completely compliance
    compliant composites concerns confidence confidential configurator confirm confirmed confused
    congrats congress connect connected consent considering consistent consumer consumers
    consumption contain contains contest context contract contracts control converts cooking cookpro
    cooling coordinator coorong copenhagen copied copy copying copyright copyrighted copywriter cork
    corner cosmetics cost costs cotton couch couldn council councillor count countdown counter
    counting countries country counts county courier cover coverage covered covering covers cows
    craft crafted crank crashes crawling crazy cream created creating creative creatives creator
    creators creepy crew crews cringe crisis crisps crop cross crossed crossing crowd crowds crown
    cruise crying cs csr cultural cup cups curated curious curists current curvy custom customer
    customers cut cute cuts cutting cvs dad dads daily dairy damage damaged dancing danish darker
    data database dating daughter dave dawn day days dead deadline deaf deal dealer dealers
    dealership deals dean dear debate decade december decent default defensible degree dei delay
    delete deleted delighted deliver deliverables delivered deliveries delivering delivers delivery
    demand denoise dental dentist department dermatologically dermatologist dermatologists describe
    deserves designed designer desk desks detect detector detectors developer devices diagnosis dial
    diary didn didnt died dietitian differ different differently digest digger digitally dinner
    diocesan directly director directors directory dirty disabilities disability disabled disclaimer
    disclose disclosing disclosure discount discover discovery discuss discussed disease dish dishes
    displays distributor distributors diverse diversity dividend dms doctor doctors documentary
    dodgy doesn doesnt dog dogs doing domain don donate donation donor donors door doors dorm down
    download dozen draft drafted drafting drafts drama dramatic draw drawing drawings drawn dream
    dreaming dress dresses drew drink drinking drinks driven driver drivers driving drop dropped
    dropping drops drought drowning dry dub dubbed dubbing dublin due dumb dump during dust dutch
    dynamic dyslexia dyson earbuds earlier earn earnings earth easiest east easter easy eat eating
    ed edge edit edited editing editor editors edits effects eid either elder elderly election
    electric electricity elon else email emailed emails embargoed emergency emits emma emotional
    employee employees employer empty ended ending endorsing ends energetic energy engine engineer
    engineering engineers england english enhance enhanced enjoy enough enthusiasm entire entirely
    entrance entries entry environment environmental eod error errors esg esports espresso estate
    estimate estimated ethical ethiopia ethiopian ethnicities ethnicity european ev even evening
    event events ever everybody everyday everyone everything everywhere evidence exactly exam
    example examples excerpt exchange exclusivity exco exec exhibition exhibitor exist existing
    exists exit exotic expats expect expected expense expenses expired expires explain explainer
    explainers explaining explains exported exporting exposed extend external extra eyes fabric
    faces facilities facing fact factory facts faculty fail fair fake fall fam famil families family
    famous fancy faqs far fare farm farmer farmers farms faster fastest father fave favourite fear
    feature featured featuring feb february fed feed feedback feeding feeds feel feels fees fell
    felt female fertility few fewer fictional field fields fieldwork fifty figure figures files fill
    filled fills filmed filming filter filters finalists finally financial find finder findings
    finds finish finished finnish fintech fire firm first fish fishermen fishing fits five fix fixed
    fixing flag flagged flags flat flavour flawless flea fleet flemish flexible flight flights flip
    flood flooded floods floor flow flu fly flying foam folks follow followers following food foods
    fools footage football footballer footer footprint forced foreign forest forever forget forgot
    form formal forms formula formulas forward forwarding found foundation founded founder founders
    founding four fox fragrance frail frame frames framework franchisee franchisees frankfurt fraud
    freelancer freelancers freeman french fresh fri friday fridge friend friendly friends front
    frozen ft ftc fuel full fully fun fund funded funding fundraising funds funeral funny furniture
    fyi g2 gadget gallery game gameplay gap gaps garden gardeners gas gate gave gdpr gear gen genai
    gender gendered genders generated generates generating generator generators generic geneva
    gentle genuine genuinely german germany gets getting ghent ghostwritten gift gifts girl girls
    give given gives giving glasgow glass glasses glide glossary glowing gm go goal goes going gold
    gone gong gonna gorgeous gorgias government grab grad grade gradients graduate grammar grammarly
    grandkids grandma grandmother grandpa grandparents grant graphic graphics greek green greener
    greenest greet greeting grew grey grid grill grocery ground group groupgpt grow growing grown
    grumpy guaranteed guarantees guard guardian guess guest guests guidance guideline guidelines
    guilt gulf gun gut guy guys gym habit hair haired half hallway hand handbook handing handle
    handles handling handmade hands handwritten handy happen happened happening happens happy
    harbour hard harvest hasn hassle hat hates hats haven having head headcount header headline
    headliner headlines headphones heads headset headshot headshots heals health healthcare heaps
    hear heard hearing heart heat heavy hej helmets helpdesk helped helper helpful helping helpline
    helps heritage hero heroes hers herself hi hidden high higher highest highlight highlights hijab
    hiker hikers hikes hiking hills him himself hindi hire hired hires hiring historical
    historically history hit hits hitting hmm hoarding hold holders holding holds holiday holidays
    homepage homes honest honestly honey honour hoodies hook hope horse hospice hospital hospitality
    host hosted hostess hosting hosts hot hotline hour hours house household housing hq hr huge
    huila human humans hundred hundreds hungry hurry hurt hurts husband huts hybrid hype
    hypoallergenic hypocritical ice ico icon icons idea ideally ideas identical idk ids if ig
    illustrate illustrated illustrative illustrator im imagery imagined immune immunity improve
    inbox incl include included includes including income indemnify indemnity independent india
    indian indie induction industry influencer influencers infographic infographics informed injured
    injuries input insane inside insight insists inspired install installed instantly instead
    instructions instructor insurance insurer intake interest interior intern internal internally
    interns intl introduce intros invent invented invents investment investor investors inviting
    invoice invoices involved ip ipad ireland irish ish island islands isn issue issues italian
    italy item items itself ivr jacket jackets jake james jammed jan january japan japanese jd
    jersey jess job join joined joining joins joke journalist journalists journey juiciest july june
    justify kangaroo karen keen keep keeper keeping keeps kenya kept kettle keynote keys keyword
    keywords kibble kick kickoff kickstart kid kids kill killing kills kind kinda kindly kiss
    kitchen kiwiz knee knock know knowledge known knows kol korea korean krakow lab labelled
    labelling labels ladies lads lady lake lakeshore lamp land landed lands landscape landscapes
    lane language languages lanterns lap lapland lapsed last late lately later latest laugh laughing
    launch launched launches launching lavender law lawyer lawyers layoffs layout lazy lead
    leadership leading leaflet leaflets league leaked leaks learn learned learner learners learns
    lease least leather leave leaves leaving leeds left leg legacy legally legend legends leibovitz
    leisure length less lesson lessons letter letters letting level levels levers liability liable
    library license licensed licensing life lift lifts light lighter lighting lightly lights like
    liked likely likeness limit limited line linen liner lines lineup link links lions lipstick lisa
    lisbon list listened listener listeners listening listing listings lists literacy literally
    little live livery lives livestream living ll lmao load loaded loading loads loan loans localise
    localised localising locally locals locations lock locked log login logins logistics logs lol
    london lonely longer look lookalike looked looking looks lookup loop loops loosely lose loss
    lost love loved lovely lovers loves low lower lowest loyalty ltv luna lunar lunch luxury lyrics
    magical major maker makers makes making man manage manchester mandatory manifesto manual
    manufacturer map mapping marble march margaret margin margins mark marked market marketers
    markets marta mary mascot mass matchday matches matchmaking material materials maternity matter
    matters mattress may maybe mayor meal mean means meant measure mechanic mechanics medium meet
    meeting meetings meets meh melbourne melting member members membership memo memorial memory men
    mentioned mentioning meps merge merger mess messaging messy metadata method methodology mexico
    mia mic microsite middle midnight might migration mileage miles milk mill mind mine minister
    ministry mins mint misleading miss missed misses missing mistakes mixed mobility mock mockup
    model models modern mom moms mona monday money monitor monitoring monster month months mood more
    morgan moroccan morocco mortgage most mostly mother motor mountain move moved moves moving mr
    mrs mt mud mum mumbai mums museum music muslim must mutual myself mystery myth nah name named
    names narrate narrated narrative narrator nationality native natives natural naturally navy near
    necklace needed negative negligible neighbourhood neighbourhoods neighbours neon nervous
    netherlands network neutral never new newest news newsroom next ngl ngo ngos nicer nigeria
    nigerian night nights ninja no.1 nobody noise none noon nordic normandy north northern norway
    norwegian noted notetaker nothing noticed notification notifications nov novel november now
    nuclear nudge number numbers nurse nursery nurses nursing nutritionist nuvio ny nylon oak oat
    objects obsessed obvious obviously ocean october odd oem offer offered offers officer officers
    offices official offset offsets offsite often oil okafor old older oldest olds omg onboard once
    one ones online onto ooh op open opened opener opening opens operator operators opponent
    opposing ops opted optimised options order ordered ordering orders org organic origin original
    other others otherwise ours ourselves out outage outbound outdated outfit outfits outline output
    outputs outreach outside over overalls overblown overkill overlay overnight overs overthinking
    owe owl own owned owner owners owns paced package packages packed packing pager painted painting
    paintings pair pairs palm panels paper papers paperwork paragraph paranoid parental parish
    parisian park parked parks parody particles partly partner partners partnership party passed
    passenger passengers passionate passport password past paste pasted pasting pattern patterns pay
    paying payment payments payroll pdfs pdps peak penalty pension people perfect perfectly
    performing perfume perfumer period permanent permission person personal personalisation
    personalise personalised personality personalized personally persons pet pets pfas pharmacist
    pharmacy phone phones phonics photograph photographed photographer photographers photographing
    photography photoreal photorealistic photoshoot physically pic pick picked picking picks picnic
    pics picture pictures pilot pin pink pinned pint pipeline pitch pitched pitching pivot
    placeholder placeholders plain planet planned plant planting plants plastic plate plates
    platform platforms plausible playbook player players playing plays plug pms png pod pods poem
    poland policy polish polished polite political poll pool poor pops poreless portal portuguese
    pos positive postcard postcards postcode postcodes posted posters posting pouring power powered
    ppl practice praising predict predicted predicts prefer preferred pregnancy pregnant prep
    preparing presales present presented presenting preset presidential press pressure pretend
    pretending pretty prevent preview previous price prices pricing pride primary print printed
    printer printing privacy private priya prize probably problem problems processed procurement
    produce produced producer producing product products professional profile profiles profiling
    program programmatic progress project projects promise promised promises promote promoting
    prompted prompting proof proofread proofreads proofs proper properly property proposal proposals
    proposed proprietary prospective protect protected protects protein protest proud prove proven
    provider publicly publish published publisher publishes publishing pull pulled pulling pulse
    pump pumpkin pumps punchier punchy pune pupils puppy purchase purchases pure purely purifier
    purposes push pushed pushes pushing put puts putting q2 q3 q4 qualify quality quarter quarterly
    queries query quiet quietly quite quote quoted quotes quoting r5 r7 racing rain rainbow rainy
    raise raised rally ramen ran random range rank ranked ranking ranks rated rates rather rating
    raw rd re reached react reacting reacts read reader readers reading reads ready real realistic
    reality really reason reasoning reasons rebrand recall receipts received recent receptionist
    recipe recipes reckon reckons recognisable recognition recommend recommendation recommendations
    recommended recommending recommends recorded recording recordings records recovery recreate
    recreated recreating recreation recruiters recruiting recruitment recurring recycled recycling
    red reddit redesign redo redoing reduce reduced reduces reef referral refill refills reform
    reformat refresh refugee refund refunds regenerate regenerated regenerates regenerating register
    registered registration regular regulars regulation regulatory rehearsal reindeer reject
    rejected rejection related relaunch release released releases reliable rely remake remember
    remind reminder reminders remix remote removal remove removed remover removes removing render
    rendered renders renewable renewables renewal renewing renovated rent rental repeat replace
    replaced replacement replacing replies reply replying report reports repost represent
    representative reps request requests require required requirement requirements requires reread
    res rescued research researchers resend reset resets reshoot resize resort respond respondents
    response responses responsible responsibly rest restock restore restored restrictions
    restructure restyle result results retail retailer retailers retired retirees retirement retouch
    retouched retouching return returns reuse reusing revenue revert review reviewed reviewer
    reviewers reviewing reviews rewards reword rework rewrite rewrites rewriting rewritten rewrote
    rfp ribbon rich rid rider riding right rights ripped risk risky rival river riverland road roads
    roam roast roasted rockstar role roles roll rolling rollout romanian roof room rooms rota
    rotating rough roughly round rounds row rows royalty rubbish rude rug rule rules rum run runner
    runners running runs sad safe safeguarding safely safer safest safety said salad salary sale
    sales salesman same sample samples sand sanity santa santorini sat satirical saturday savannah
    save saved savers saves saving savings savvy say scam scandinavian scanned scared schedule
    scheduled scheduling scheme school schools scientifically scooters scores scottish scraped
    scrapers scraping scratch screen screening screens screenshot screenshots screenshotted scripted
    sdrs sea search searches season seasonal seat seats second seconds sector security see seed
    seeing seem seems seen sees select self sell selling sells send sending sends sense sensitive
    sensor sensors sent sentence sentences separate september series seriously served server servers
    serving session set setting settings several sex shade shades shaking shampoo shape shapes share
    shared shareholder shareholders shares sharing shark sharp sharper sheet sheets shelf shelter
    shift shifts ship shipped shipping ships shoe shoot shoots shopper shoppers shops short shorten
    shorter shortlist shot shots show showed showing shown shows shy sick side sign signage signed
    significant signing signs silly silver similar simulate simulated since singapore single sit
    sitting size sizes sizing sketches sketchy skim skims skin skincare skinned skinny skip skipping
    skus sky slap slapped sleep sleeps slightly slim slimmed slimmer slims slot slots slow smaller
    smart smarter smb smile smiles smiling smoke smoking smooth smoothed smoother smoothing snacks
    snow snowy sobriety socials sofa soften software solar sold soldiers solid somebody someone
    something sometimes somewhere song songs soon sooo sorted sorting sorts sound soundalike
    soundbar sounding sounds soundtrack sourced south sow spain spanish spare spark speaker speaking
    speaks spec specials specific specifically speech speed spell spelled spelling spend spending
    spent spf spill spin spinning spits split spoken spokesperson sponsored sponsorship sports
    sportswear sporty spreadsheet spring squad stadium staff staged stakeholder stall standards
    standing standup start started starting starts state statement statements states static status
    stay stays steel steering step steps stick sticker still stills stitched stop stopped stops
    storage store stored stores storm straight strategist strategy streak streamer street streets
    stretch strict strike strip stripped strips strong struggle struggling stuck student students
    studies study stuff styled stylised stylist sub subject submission submissions submit subs
    subscriber subscribers subscription subsidiary subsidy subtitle subtitles subtitling suburban
    such sugar suggest suggested suggestion suggests suitable suits summaries summarise summarised
    summarises summarising summarize summary summer summit sun sunday sunrise sunscreen sunset
    sunshine superhero supermarket supplement supplier suppliers supplies supply supporting supposed
    surely surf surfers surgery survey surveys survive suspect sustainability sustainable
    sustainably swap swapped swapping swears sweden swedish swift swim swimwear swipe swiss switch
    switched switching switzerland swoonly swoosh symptoms synced synthetic system tablet tag tagged
    tagline tail tailor tailored take taken taker takes taking talking talks tall tank tanned tap
    target targeted targeting targets tariff taste tasting taught tax taylor tbh tea teacher
    teachers teaching teal team technical technically technician technology teen teenagers tees
    teeth tell telling tells ten tenants tender tent term terms terrace tesco tested testers
    testimonial testimonials testing texas text texts thanking thanksgiving theirs themed themselves
    thin thing things think thinking thinks third thirty tho though thought thoughts threat three
    thrilled thrives through throw thumb thumbnail thumbnails thursday tick ticked ticket ticketing
    tidied tidy tier tight tighten til tiles till time timeline timer times timesheets timing tiny
    tip tips tired title titles tmrw today toddler together toggle tokenism tokenistic told tone
    tones tonight tons too took tool tools topics toronto totally touch touched tourism tourist
    tourists tournament tower town towns toxic toy toys track tracker tracking tracks trade
    trademark trading traditional traffic train trained trainee trainer training trains transcribe
    transcribed transcribes transcribing transcript transcripts transfer translate translated
    translates translating translation translations translator transparency travel traveller
    travellers travelling treat treated treatment tree trees trends trial tribute tried tries
    triggers trillion trip trips trouble trucks true trust trusted trustees try trying tuesday tune
    tuned turbines turkish turn turned turning turns tutor tutorial tutorials tweak tweaked tweaks
    twenty twice twin two ty typical typing typos ua ugh ui uk unannounced under underground
    underneath understand uneasy unfollow union unit units university unless unpublished unreleased
    until untouched up update updated updates upfront upgrade upload uploaded uploading uploads ups
    upscaled upscaling upsell upset urban urgency usable used useful user usernames users uses usual
    usually utility utm v4 v9 vac vacancy vacuum valentine valid validate valley value variants
    variations variety vary vat ve vendor verbally verified verify vet vets vibe vibes vid vids
    viewers viewing views viking vineyard viral virginia virtual visibly visit visited visiting
    visitor visitors visits visual visuals vitamin voice voiced voicemail voiceover voiceovers
    voices volteo volunteer volunteers voted voters voting vp waist wait waiting wake walk walking
    walks wall wanna wanted war ward warehouse warm warning warranty warsaw wash wasn waste wasteful
    wastes watch watching watchmaker water watermarks waterproof wave waves way wealth wear wearing
    weather website websites wedding wednesday week weekend weekends weekly weeks weight weird
    welcomed welcomes welcoming well wellness welsh went weren whatever whats wheat wheel wheelchair
    wheelchairs whether while white whitening whitepaper whoever whole wholesale wide widow wife
    wild wildly win winback wind window windows winery winner winners winning wins winter wire wise
    within without woman women won wood wooden wool word wording words work worked worker workers
    workforce working works workshop workshops world worldwide worn worried worries worry worse
    worst worth wrap wrinkles wrist writers writing xmas year yearly years yesterday yet yogurt
    yorkshire young younger yours yourself youth yrs
    """.split()  # noqa: SIM905
)
